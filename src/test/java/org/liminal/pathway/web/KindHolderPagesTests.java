package org.liminal.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.Evidence;
import org.liminal.pathway.KindHolderList;
import org.liminal.pathway.NewGrant;
import org.liminal.pathway.PathwayFixtures;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list behind each step of the pathway on the national dashboard: who holds the kind today, each once, with how
 * they earned it, as many as the dashboard counts; a page at a time; organizers only, their own kinds only.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class,
		QueryCounter.class })
class KindHolderPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainings;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Qualifications qualifications;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	Person organizer;

	MockHttpSession session;

	@BeforeEach
	void anOrganizer() throws Exception {
		clock.set(Instant.now());
		organization = fixtures.organization("kind-holder-pages");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		session = SignIn.as(mvc, organizer.email());
	}

	@Test
	void theDashboardsFigureLeadsToTheHoldersWithTheirModulesAndHowTheyEarnedIt() throws Exception {
		List<UUID> modules = as(() -> programs
			.latestPublished(curriculum.publishedProgram(organization, "Core training"))
			.orElseThrow()
			.modules()).stream().map(ModuleView::key).toList();
		UUID module = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", null));
		Person ana = fixtures.member(organization, OrganizationRole.TRAINER);
		as(() -> {
			grant(ana, module, modules.get(0));
			return grant(ana, module, modules.get(1));
		});
		holdersWithoutAccounts(module, modules.get(0), 1);

		String dashboard = html("/" + organization.slug() + "/dashboard", Locale.ENGLISH);
		String figure = dashboard.substring(dashboard.indexOf("id=\"pipeline\""), dashboard.indexOf("id=\"quiet\""));
		Matcher link = Pattern.compile("<a class=\"progress-figure\" href=\"([^\"]+)\"[^>]*>2 / 2</a>").matcher(figure);
		assertThat(link.find()).as("the figure links to the list behind it").isTrue();
		assertThat(link.group(1)).isEqualTo(holders(module));

		String page = html(link.group(1), Locale.ENGLISH);
		assertThat(page).contains("Who holds Module trainer").contains("2 people")
			.contains("href=\"/" + organization.slug() + "/profiles/" + ana.accountId() + "\">"
					+ ana.account().displayName() + "</a>")
			.contains("2 modules: Story of self, Theory of change")
			.contains("1 module: Story of self")
			.contains("<span>Holder 001</span>")
			.contains("Granted on their profile")
			.contains("By attending")
			.contains("scope=\"col\"");
		assertThat(html(link.group(1), Locale.forLanguageTag("es"))).contains("Quién tiene Module trainer")
			.contains("2 personas")
			.contains("Por asistir");
		assertThat(html(kinds(), Locale.ENGLISH)).as("the kinds list links to each kind's holders")
			.contains("href=\"" + holders(module) + "\"");
	}

	@Test
	void theTotalIsTheDashboardsFigureOnTheDayTheDashboardCountsFrom() throws Exception {
		// Still the 14th in Honolulu when it is the 15th in UTC: a grant expiring on the 15th holds in that chapter.
		clock.set(Instant.parse("2026-06-15T02:00:00Z"));
		trainings.chapter(organization, "Pacific/Honolulu", Set.of(), Set.of());
		UUID coach = pathway.kind(organization, PathwayFixtures.general("Coach"));
		holdersWithoutAccounts(coach, null, 2);
		TenantContext.runAsOrganization(organization.id(),
				() -> jdbc.sql("update qualification set expires_on = ? where holder_name = 'Holder 001' and kind_id = ?")
					.params(LocalDate.parse("2026-06-15"), coach)
					.update());

		String dashboard = html("/" + organization.slug() + "/dashboard", Locale.ENGLISH);

		assertThat(dashboard).contains(">2 / 2</a>");
		assertThat(html(holders(coach), Locale.ENGLISH)).contains("2 people").contains("15 June 2026");
	}

	@Test
	void pagesLinkToTheirNeighboursAndAnUnreadablePageIsTheFirst() throws Exception {
		UUID coach = pathway.kind(organization, PathwayFixtures.general("Coach"));
		holdersWithoutAccounts(coach, null, KindHolderList.PAGE_SIZE + 2);

		String first = html(holders(coach), Locale.ENGLISH);
		assertThat(first).contains("52 people").contains("page 1 of 2")
			.contains("rel=\"next\" href=\"" + holders(coach) + "?page=2\"")
			.contains("Holder 050")
			.doesNotContain("Holder 051");
		assertThat(html(holders(coach) + "?page=2", Locale.ENGLISH)).contains("Holder 052")
			.doesNotContain("Holder 050")
			.contains("rel=\"prev\" href=\"" + holders(coach) + "?page=1\"");
		assertThat(html(holders(coach) + "?page=nine", Locale.ENGLISH)).contains("page 1 of 2");
	}

	@Test
	void otherMembersAreRefusedAndAnotherOrganizationsKindIsNotFound() throws Exception {
		UUID coach = pathway.kind(organization, PathwayFixtures.general("Coach"));
		for (OrganizationRole role : List.of(OrganizationRole.COACH, OrganizationRole.CHAPTER_LEAD)) {
			MockHttpSession other = SignIn.as(mvc, fixtures.member(organization, role).email());
			mvc.perform(get(kinds()).session(other)).andExpect(status().isForbidden());
			mvc.perform(get(holders(coach)).session(other)).andExpect(status().isForbidden());
		}

		OrganizationSummary other = fixtures.organization("kind-holder-pages-other");
		UUID theirs = pathway.kind(other, PathwayFixtures.general("Theirs"));
		mvc.perform(get(holders(theirs)).session(session)).andExpect(status().isNotFound());
		mvc.perform(get(holders(UUID.randomUUID())).session(session)).andExpect(status().isNotFound());
	}

	@Test
	void loadsInTheSameStatementsHoweverManyHoldIt() throws Exception {
		List<UUID> modules = as(() -> programs
			.latestPublished(curriculum.publishedProgram(organization, "Core training"))
			.orElseThrow()
			.modules()).stream().map(ModuleView::key).toList();
		UUID module = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", null));
		holdersWithoutAccounts(module, modules.get(0), 1);
		int few = statements(holders(module));

		holdersWithoutAccounts(module, modules.get(1), KindHolderList.PAGE_SIZE + 20);
		for (int i = 0; i < 3; i++) {
			Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);
			as(() -> grant(trainer, module, modules.get(0)));
		}

		assertThat(statements(holders(module))).isEqualTo(few);
		assertThat(statements(holders(module) + "?page=2")).isEqualTo(few);
	}

	private int statements(String path) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private String html(String path, Locale locale) throws Exception {
		return mvc.perform(get(path).session(session).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Participants granted the kind by attending (for the module, if any), "Holder 001" onwards. */
	private void holdersWithoutAccounts(UUID kindId, UUID moduleKey, int count) {
		TenantContext.runAsOrganization(organization.id(), () -> jdbc.sql("""
				insert into qualification (id, organization_id, kind_id, module_key, holder_email, holder_name,
				                           granted_on, granted_at, source)
				select gen_random_uuid(), ?, ?, ?, 'holder' || n || '@test.example', 'Holder ' || lpad(n::text, 3, '0'),
				       ?, now(), 'ATTENDANCE'
				from generate_series(1, ?) n""")
			.params(organization.id(), kindId, moduleKey, LocalDate.now(clock).minusMonths(1), count)
			.update());
	}

	private UUID grant(Person holder, UUID kindId, UUID moduleKey) {
		return qualifications.grant(holder.accountId(), new NewGrant(kindId, moduleKey, Evidence.none()),
				organizer.accountId());
	}

	private String kinds() {
		return "/" + organization.slug() + "/pathway/kinds";
	}

	private String holders(UUID kindId) {
		return kinds() + "/" + kindId;
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
