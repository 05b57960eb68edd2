package org.liminal.chapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.chapters.ChapterDetails;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organizers create chapters and choose their leads and pools; every member sees them. */
@WebTest
class ChapterPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Chapters chapters;

	OrganizationSummary organization;

	MockHttpSession organizer;

	Person trainer;

	MockHttpSession trainerSession;

	@BeforeEach
	void anOrganizerAndATrainer() throws Exception {
		organization = fixtures.organization("chapter-pages");
		organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		trainerSession = SignIn.as(mvc, trainer.email());
	}

	@Test
	void anOrganizerCreatesAChapterThatEveryMemberSees() throws Exception {
		mvc.perform(get(chapters() + "/new").session(organizer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"America/New_York\" selected=\"selected\">")))
			.andExpect(content().string(matchesPattern("(?s).*<option value=\"America/Chicago\">Chicago \\(UTC-0[56]:00\\)</option>.*")))
			.andExpect(content().string(not(containsString("value=\"US/Central\""))));

		String location = create("Boston", "boston", "America/New_York", "New England").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "chapter.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID boston = as(() -> chapters.idOf("boston")).orElseThrow();
		assertThat(location).isEqualTo(chapters() + "/" + boston);

		mvc.perform(get(chapters()).session(trainerSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Boston")))
			.andExpect(content().string(containsString("New England")))
			.andExpect(content().string(containsString("America/New_York")))
			.andExpect(content().string(matchesPattern("(?s).*UTC-0[45]:00.*")))
			.andExpect(content().string(not(containsString("New chapter"))))
			.andExpect(content().string(not(containsString("/edit"))));
		mvc.perform(get(location).session(trainerSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody leads this chapter yet.")))
			.andExpect(content().string(not(containsString("Choose leads and pool"))));
	}

	@Test
	void anEmptySlugIsMadeFromTheName() throws Exception {
		create("Ciudad de México", "", "America/Mexico_City", "CDMX").andExpect(status().is3xxRedirection());

		UUID chapterId = as(() -> chapters.idOf("ciudad-de-mexico")).orElseThrow();
		ChapterView chapter = as(() -> chapters.chapter(chapterId));
		assertThat(chapter.name()).isEqualTo("Ciudad de México");
		assertThat(chapter.zone()).isEqualTo(ZoneId.of("America/Mexico_City"));
	}

	@Test
	void mistakesAreExplainedNextToTheirFieldsAndNothingIsCreated() throws Exception {
		create(" ", "Boston North", "Mars/Olympus_Mons", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Give the chapter a name.")))
			.andExpect(content().string(containsString("id=\"slug-error\"")))
			.andExpect(content().string(containsString("value=\"Boston North\"")))
			.andExpect(content().string(containsString("id=\"zone-error\"")))
			.andExpect(content().string(containsString("Choose a time zone from the list.")));
		create("東京", "", "Asia/Tokyo", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("No short name can be made from this name.")));
		create("Anywhere", "anywhere", "US/Central", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"zone-error\"")));

		assertThat(as(chapters::all)).isEmpty();
	}

	@Test
	void aTakenSlugOrNameIsRefusedNextToIt() throws Exception {
		create("Boston", "boston", "America/New_York", "").andExpect(status().is3xxRedirection());

		// "Boston!" suggests the slug boston, which is taken: the suggestion stays in the form to be changed.
		create("Boston!", "", "America/New_York", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"slug-error\"")))
			.andExpect(content().string(containsString("Another chapter already uses this short name.")))
			.andExpect(content().string(containsString("value=\"boston\"")));
		create("BOSTON", "boston-2", "America/New_York", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("There is already a chapter with this name.")));

		assertThat(as(chapters::all)).extracting(ChapterView::name).containsExactly("Boston");
	}

	@Test
	void anOrganizerEditsAChapterAndAStaleEditKeepsTheInputWithAConflictMessage() throws Exception {
		UUID chicago = existing("Chicago", "chicago", "America/Chicago");
		mvc.perform(get(chapters() + "/" + chicago + "/edit").session(organizer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Chicago\"")))
			.andExpect(content().string(containsString("<option value=\"America/Chicago\" selected=\"selected\">")));

		save(chicago, "Chicago", "chicago", "Midwest", true, 0).andExpect(redirectedUrl(chapters() + "/" + chicago))
			.andExpect(flash().attribute("flashSuccess", "chapter.saved"));
		save(chicago, "Chicagoland", "chicagoland", "Illinois", false, 0).andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this chapter while you were editing.")))
			.andExpect(content().string(containsString("value=\"Chicagoland\"")))
			.andExpect(content().string(containsString("value=\"Illinois\"")))
			.andExpect(content().string(containsString("Saved now by someone else")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		ChapterView saved = as(() -> chapters.chapter(chicago));
		assertThat(saved.details()).isEqualTo(new ChapterDetails("Chicago", "chicago", ZoneId.of("America/Chicago"),
				"Midwest", true));

		save(chicago, "Chicagoland", "chicagoland", "Illinois", false, 1).andExpect(status().is3xxRedirection());
		assertThat(as(() -> chapters.chapter(chicago)).active()).isFalse();
	}

	@Test
	void inactiveChaptersAreListedAfterActiveOnesAndMarked() throws Exception {
		UUID albany = existing("Albany", "albany", "America/New_York");
		existing("Boston", "boston", "America/New_York");
		save(albany, "Albany", "albany", "", false, 0).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get(chapters()).session(organizer)).andReturn().getResponse().getContentAsString();

		assertThat(page.indexOf(">Albany<")).isGreaterThan(page.indexOf(">Boston<"));
		assertThat(page.indexOf(">Inactive<")).isGreaterThan(page.indexOf(">Albany<"));
	}

	@Test
	void anOrganizerChoosesLeadsAndAPoolSharedWithAnotherChapter() throws Exception {
		UUID boston = existing("Boston", "boston", "America/New_York");
		UUID chicago = existing("Chicago", "chicago", "America/Chicago");
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		Person coach = fixtures.member(organization, OrganizationRole.COACH);
		TenantContext.runAsOrganization(organization.id(),
				() -> chapters.changePeople(chicago, Set.of(lead.accountId()), Set.of(trainer.accountId()), 0));

		mvc.perform(get(chapters() + "/" + boston + "/people").session(organizer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lead.account().displayName())))
			.andExpect(content().string(containsString(coach.account().displayName())))
			.andExpect(content().string(containsString("Also leads Chicago")))
			.andExpect(content().string(containsString("Also in Chicago")));

		people(boston, Set.of(lead), Set.of(trainer, coach), 0).andExpect(redirectedUrl(chapters() + "/" + boston))
			.andExpect(flash().attribute("flashSuccess", "chapter.peopleSaved"));

		ChapterView saved = as(() -> chapters.chapter(boston));
		assertThat(saved.isLedBy(lead.accountId())).isTrue();
		assertThat(saved.pool()).extracting(org.liminal.chapters.Person::accountId)
			.containsExactlyInAnyOrder(trainer.accountId(), coach.accountId());
		assertThat(as(() -> chapters.ledBy(lead.accountId()))).extracting(ChapterView::name)
			.containsExactly("Boston", "Chicago");
		mvc.perform(get(chapters() + "/" + boston).session(trainerSession))
			.andExpect(content().string(containsString(lead.account().displayName())))
			.andExpect(content().string(containsString(coach.account().displayName())))
			.andExpect(content().string(containsString("Also in Chicago")));
		mvc.perform(get(chapters()).session(trainerSession))
			.andExpect(content().string(containsString("You are in its pool")));
	}

	@Test
	void someoneWithoutTheRoleIsRefusedAndNothingChanges() throws Exception {
		UUID boston = existing("Boston", "boston", "America/New_York");
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);

		people(boston, Set.of(trainer), Set.of(), 0).andExpect(status().isOk())
			.andExpect(content().string(containsString("Only members holding the chapter lead role can lead a chapter.")));
		people(boston, Set.of(), Set.of(lead), 0).andExpect(status().isOk())
			.andExpect(content().string(containsString("Only members holding the trainer or coach role")));
		mvc.perform(post(chapters() + "/" + boston + "/people").session(organizer).with(csrf())
			.param("leads", "not-an-id")
			.param("version", "0")).andExpect(status().isOk());

		ChapterView saved = as(() -> chapters.chapter(boston));
		assertThat(saved.leads()).isEmpty();
		assertThat(saved.pool()).isEmpty();
	}

	@Test
	void aStaleChoiceOfPeopleKeepsTheTicksWithAConflictMessage() throws Exception {
		UUID boston = existing("Boston", "boston", "America/New_York");
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		people(boston, Set.of(), Set.of(trainer), 0).andExpect(status().is3xxRedirection());

		people(boston, Set.of(lead), Set.of(), 0).andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this chapter while you were choosing.")))
			.andExpect(content().string(matchesPattern(tickedBox(lead))))
			.andExpect(content().string(not(matchesPattern(tickedBox(trainer)))))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		assertThat(as(() -> chapters.chapter(boston)).leads()).isEmpty();
	}

	@Test
	void withNobodyHoldingTheRolesThePeoplePageSendsToTheMembersPage() throws Exception {
		OrganizationSummary fresh = fixtures.organization("chapter-pages-fresh");
		MockHttpSession freshOrganizer = SignIn.as(mvc, fixtures.member(fresh, OrganizationRole.ORGANIZER).email());
		UUID chapterId = TenantContext.callAsOrganization(fresh.id(), () -> chapters.create(
				new ChapterDetails("Denver", "denver", ZoneId.of("America/Denver"), "", true)));

		mvc.perform(get("/" + fresh.slug() + "/chapters/" + chapterId + "/people").session(freshOrganizer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody holds the chapter lead role yet.")))
			.andExpect(content().string(containsString("Nobody holds the trainer or coach role yet.")))
			.andExpect(content().string(containsString("href=\"/" + fresh.slug() + "/members\"")));
	}

	@Test
	void withoutChaptersTheListSaysSoAndOrganizersFindItFromHome() throws Exception {
		mvc.perform(get(chapters()).session(trainerSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No chapters yet.")))
			.andExpect(content().string(containsString("aria-current=\"page\">Chapters</a>")));
		mvc.perform(get("/" + organization.slug()).session(organizer))
			.andExpect(content().string(containsString("href=\"" + chapters() + "\">Chapters, their leads and pools")));
	}

	@Test
	void aTrainerSeesChaptersButCannotCreateOrChangeThem() throws Exception {
		UUID boston = existing("Boston", "boston", "America/New_York");

		mvc.perform(get(chapters() + "/" + boston).session(trainerSession)).andExpect(status().isOk());
		mvc.perform(get(chapters() + "/new").session(trainerSession)).andExpect(status().isForbidden());
		mvc.perform(get(chapters() + "/" + boston + "/edit").session(trainerSession)).andExpect(status().isForbidden());
		mvc.perform(get(chapters() + "/" + boston + "/people").session(trainerSession))
			.andExpect(status().isForbidden());
		mvc.perform(details(post(chapters()), trainerSession, "Hijack", "hijack", "America/New_York", ""))
			.andExpect(status().isForbidden());
		mvc.perform(details(post(chapters() + "/" + boston), trainerSession, "Hijacked", "boston", "America/New_York", "")
			.param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post(chapters() + "/" + boston + "/people").session(trainerSession).with(csrf())
			.param("pool", trainer.accountId().toString())
			.param("version", "0")).andExpect(status().isForbidden());

		assertThat(as(chapters::all)).extracting(ChapterView::name).containsExactly("Boston");
		assertThat(as(() -> chapters.chapter(boston)).pool()).isEmpty();
	}

	@Test
	void anUnknownChapterIsNotFound() throws Exception {
		mvc.perform(get(chapters() + "/" + UUID.randomUUID()).session(trainerSession)).andExpect(status().isNotFound());
		mvc.perform(get(chapters() + "/" + UUID.randomUUID() + "/edit").session(organizer))
			.andExpect(status().isNotFound());
	}

	// --- Helpers -------------------------------------------------------------------------------------------------

	private ResultActions create(String name, String slug, String zone, String region) throws Exception {
		return mvc.perform(details(post(chapters()), organizer, name, slug, zone, region).param("active", "true"));
	}

	private ResultActions save(UUID chapterId, String name, String slug, String region, boolean active, long version)
			throws Exception {
		String zone = as(() -> chapters.chapter(chapterId)).zone().getId();
		MockHttpServletRequestBuilder request = details(post(chapters() + "/" + chapterId), organizer, name, slug, zone,
				region)
			.param("_active", "on")
			.param("version", String.valueOf(version));
		if (active) {
			request.param("active", "true");
		}
		return mvc.perform(request);
	}

	private ResultActions people(UUID chapterId, Set<Person> leads, Set<Person> pool, long version) throws Exception {
		MockHttpServletRequestBuilder request = post(chapters() + "/" + chapterId + "/people").session(organizer)
			.with(csrf())
			.param("_leads", "on")
			.param("_pool", "on")
			.param("version", String.valueOf(version));
		leads.forEach(lead -> request.param("leads", lead.accountId().toString()));
		pool.forEach(member -> request.param("pool", member.accountId().toString()));
		return mvc.perform(request);
	}

	private MockHttpServletRequestBuilder details(MockHttpServletRequestBuilder request, MockHttpSession session,
			String name, String slug, String zone, String region) {
		return request.session(session)
			.with(csrf())
			.param("name", name)
			.param("slug", slug)
			.param("zone", zone)
			.param("region", region);
	}

	/** A ticked checkbox for the person, whatever the order of its attributes. */
	private static String tickedBox(Person person) {
		return "(?s).*<input(?=[^>]*value=\"" + person.accountId() + "\")(?=[^>]*checked)[^>]*>.*";
	}

	private UUID existing(String name, String slug, String zone) {
		return as(() -> chapters.create(new ChapterDetails(name, slug, ZoneId.of(zone), "", true)));
	}

	private String chapters() {
		return "/" + organization.slug() + "/chapters";
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
