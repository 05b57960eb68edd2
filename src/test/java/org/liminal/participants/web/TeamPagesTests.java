package org.liminal.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Team;
import org.liminal.participants.TeamDetails;
import org.liminal.participants.Teams;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A chapter's teams on plain forms: its leads and organizers keep them, every member reads them, a lead of another
 * chapter finds nothing to change and a trainer may not; bad input and stale edits are shown next to the form.
 */
@WebTest
@Import({ TrainingFixtures.class, QueryCounter.class })
class TeamPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Teams teams;

	OrganizationSummary organization;

	Person lead;

	Person otherLead;

	Person trainer;

	UUID chapterId;

	MockHttpSession leadSession;

	@BeforeEach
	void aChapterWithItsLeadAndALeadOfAnother() throws Exception {
		organization = fixtures.organization("team-pages");
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		otherLead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(lead.accountId()), Set.of());
		trainingFixtures.chapter(organization, "America/Chicago", Set.of(otherLead.accountId()), Set.of());
		leadSession = SignIn.as(mvc, lead.email());
	}

	@Test
	void theChaptersLeadAddsEditsArchivesAndRestoresATeam() throws Exception {
		mvc.perform(get("/" + organization.slug() + "/chapters/" + chapterId).session(leadSession).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("href=\"" + teams() + "\"")));
		mvc.perform(get(teams() + "/new").session(leadSession).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"contactEmail\">Contact&#39;s email</label>")));

		mvc.perform(post(teams()).session(leadSession).with(csrf())
			.param("name", "Outreach")
			.param("purpose", "Door knocking")
			.param("contactName", "Bo Contact")
			.param("contactEmail", "bo@example.org"))
			.andExpect(redirectedUrl(teams()))
			.andExpect(flash().attribute("flashSuccess", "teams.created"));
		Team team = as(() -> teams.ofChapter(chapterId)).get(0);

		mvc.perform(post(teams() + "/" + team.id()).session(leadSession).with(csrf())
			.param("name", "Outreach")
			.param("purpose", "Doors and phones")
			.param("contactName", "Cy Contact")
			.param("contactEmail", "cy@example.org")
			.param("version", String.valueOf(team.version())))
			.andExpect(redirectedUrl(teams()));
		mvc.perform(post(teams() + "/" + team.id() + "/archive").session(leadSession).with(csrf())
			.param("version", String.valueOf(team.version() + 1)))
			.andExpect(redirectedUrl(teams()))
			.andExpect(flash().attribute("flashSuccess", "teams.archived"));
		mvc.perform(get(teams()).session(SignIn.as(mvc, trainer.email())).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Doors and phones")))
			.andExpect(content().string(containsString("cy@example.org")))
			.andExpect(content().string(containsString(">Archived<")))
			.andExpect(content().string(not(containsString("Add a team"))));
		mvc.perform(post(teams() + "/" + team.id() + "/restore").session(leadSession).with(csrf())
			.param("version", String.valueOf(team.version() + 2)))
			.andExpect(flash().attribute("flashSuccess", "teams.restored"));
		assertThat(as(() -> teams.activeOf(chapterId))).extracting(Team::contactName).containsExactly("Cy Contact");
	}

	@Test
	void aLeadOfAnotherChapterFindsNothingToChangeAndATrainerMayNot() throws Exception {
		UUID teamId = team("Outreach");
		MockHttpSession other = SignIn.as(mvc, otherLead.email());
		MockHttpSession trainerSession = SignIn.as(mvc, trainer.email());
		MockHttpSession organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		List<String> wrong = new ArrayList<>();
		for (String route : List.of("GET /new", "POST ", "GET /{teamId}/edit", "POST /{teamId}", "POST /{teamId}/archive",
				"POST /{teamId}/restore")) {
			String[] methodAndPath = route.split(" ", 2);
			String path = teams() + methodAndPath[1].replace("{teamId}", teamId.toString());
			int byOther = perform(methodAndPath[0], path, other);
			int byTrainer = perform(methodAndPath[0], path, trainerSession);
			if (byOther != 404) {
				wrong.add(route + " answered the other chapter's lead " + byOther);
			}
			if (byTrainer != 403) {
				wrong.add(route + " answered a trainer " + byTrainer);
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(as(() -> teams.team(chapterId, teamId))).satisfies(team -> {
			assertThat(team.name()).isEqualTo("Outreach");
			assertThat(team.archived()).isFalse();
		});
		mvc.perform(get(teams() + "/" + teamId + "/edit").session(organizer)).andExpect(status().isOk());
		mvc.perform(get(teams()).session(other)).andExpect(status().isOk());
		mvc.perform(get("/" + organization.slug() + "/chapters/" + UUID.randomUUID() + "/teams").session(leadSession))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		team("Outreach");

		mvc.perform(post(teams()).session(leadSession).with(csrf()).locale(Locale.ENGLISH)
			.param("name", " ")
			.param("contactName", "Bo")
			.param("contactEmail", "bo@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Give the team a name.")));
		mvc.perform(post(teams()).session(leadSession).with(csrf()).locale(Locale.ENGLISH)
			.param("name", "OUTREACH")
			.param("contactName", "Bo")
			.param("contactEmail", "bo@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Another active team of this chapter is already called “OUTREACH”.")));
		mvc.perform(post(teams()).session(leadSession).with(csrf()).locale(Locale.forLanguageTag("es"))
			.param("name", "Teléfonos 📞")
			.param("contactName", "Bo")
			.param("contactEmail", "<script>@x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contactEmail-error\">Escribe el correo del contacto")))
			.andExpect(content().string(containsString("&lt;script&gt;@x")));
		mvc.perform(post(teams()).session(leadSession).with(csrf()).locale(Locale.ENGLISH)
			.param("name", "Phones")
			.param("purpose", "p".repeat(1001))
			.param("contactName", "Bo")
			.param("contactEmail", "bo@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"purpose-error\">Keep this to 1,000 characters or fewer.")));
		assertThat(as(() -> teams.ofChapter(chapterId))).extracting(Team::name).containsExactly("Outreach");
	}

	@Test
	void aStaleEditShowsWhatIsSavedNowAndKeepsWhatWasTyped() throws Exception {
		UUID teamId = team("Outreach");
		TenantContext.runAsOrganization(organization.id(), () -> teams.change(chapterId, teamId,
				new TeamDetails("Outreach crew", "", "Bo Contact", "bo@example.org"), 0));

		mvc.perform(post(teams() + "/" + teamId).session(leadSession).with(csrf()).locale(Locale.ENGLISH)
			.param("name", "Doors")
			.param("contactName", "Bo Contact")
			.param("contactEmail", "bo@example.org")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this team meanwhile.")))
			.andExpect(content().string(containsString("Outreach crew")))
			.andExpect(content().string(containsString("value=\"Doors\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(as(() -> teams.team(chapterId, teamId)).name()).isEqualTo("Outreach crew");
	}

	@Test
	void theListLoadsInTheSameQueriesHoweverManyTeams() throws Exception {
		team("First");
		int one = queriesOfTheList();
		for (int i = 0; i < 6; i++) {
			team("Team " + i);
		}
		assertThat(queriesOfTheList()).isEqualTo(one);
	}

	private int queriesOfTheList() throws Exception {
		QueryCounter.reset();
		mvc.perform(get(teams()).session(leadSession)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private UUID team(String name) {
		return as(() -> teams.create(chapterId, new TeamDetails(name, "", "Bo Contact", "bo@example.org")));
	}

	private String teams() {
		return "/" + organization.slug() + "/chapters/" + chapterId + "/teams";
	}

	private int perform(String method, String path, MockHttpSession session) throws Exception {
		return mvc.perform(request(HttpMethod.valueOf(method), path).session(session)
			.with(csrf())
			.param("name", "Taken over")
			.param("contactName", "X")
			.param("contactEmail", "x@example.org")
			.param("version", "0")).andReturn().getResponse().getStatus();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
