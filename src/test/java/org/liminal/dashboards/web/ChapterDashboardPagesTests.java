package org.liminal.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
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
import org.liminal.coaching.CoachingFixtures;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.participants.TeamDetails;
import org.liminal.participants.Teams;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chapter dashboard: a coached training ten days out (Ana presents "Story of self", Ben "Theory of change")
 * in a chapter whose lead looks at it. Its overdue tasks, sign-ups, each presenter's rehearsal, and the teams a
 * held training grew; for organizers and the chapter's leads only; the same statements however much there is.
 */
@WebTest
@Import({ CoachingFixtures.class, TrainingFixtures.class, QueryCounter.class })
class ChapterDashboardPagesTests {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CoachingFixtures coaching;

	@Autowired
	TrainingFixtures trainings;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	Registrations registrations;

	@Autowired
	Teams teams;

	@Autowired
	JdbcClient jdbc;

	Coached coached;

	@BeforeEach
	void aCoachedTrainingTenDaysOut() {
		coached = coaching.coached("chapter-dashboard", TODAY.plusDays(10));
	}

	@Test
	void theLeadSeesReadinessOverdueTasksSignUpsAndEachPresentersRehearsal() throws Exception {
		List<String> late = as(() -> {
			// Nothing overdue but the two tasks put a few days behind here.
			jdbc.sql("update checklist_item set due_date = ? where training_id = ?")
				.params(TODAY.plusDays(5), coached.trainingId())
				.update();
			List<String> titles = jdbc.sql("select title from checklist_item where training_id = ? order by title limit 2")
				.param(coached.trainingId())
				.query(String.class)
				.list();
			jdbc.sql("update checklist_item set due_date = ? where training_id = ? and title = any(?)")
				.params(TODAY.minusDays(3), coached.trainingId(), titles.toArray(String[]::new))
				.update();
			for (int i = 0; i < 3; i++) {
				registrations.signUp(coached.trainingId(),
						new SignUpDetails("Person " + i, "p" + i + "@example.org", "", "", "", true));
			}
			// Both ran their module through yesterday; a coach found Ana ready.
			UUID runThrough = runThroughs.log(coached.trainingId(), new RunThroughDetails(TODAY.minusDays(1),
					LocalTime.of(18, 0), RunThroughFormat.IN_PERSON, "Union hall",
					List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, 45),
							new Presentation(coached.change(), coached.ben().accountId(), 60, 60)),
					Set.of(coached.coach().accountId()), "", ""), coached.coach().accountId());
			jdbc.sql("""
					insert into feedback (id, organization_id, training_id, run_through_id, module_key, presenter_id,
					                      coach_id, status, verdict, created_at, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', 'READY', now(), now())""")
				.params(UUID.randomUUID(), coached.organization().id(), coached.trainingId(), runThrough,
						coached.story(), coached.ana().accountId(), coached.coach().accountId())
				.update();
			return titles;
		});

		String page = page(coached.lead(), "en");

		assertThat(page).contains(": dashboard</h1>").contains("/trainings/" + coached.trainingId());
		String overdue = section(page, "overdue", "registrations");
		assertThat(overdue).contains("2 tasks are past their due date.").contains(late.get(0)).contains(late.get(1))
			.contains("3 days ago");
		assertThat(section(page, "registrations", "trainers")).contains("3 / 30").contains("/registrations\"");
		String trainers = section(page, "trainers", "growth");
		assertThat(trainers).contains("1 awaiting sign-off").contains("1 signed off").contains("0 not run through yet");
		assertThat(trainers.indexOf(coached.ben().account().displayName()))
			.as("Ben, still waiting for his sign-off, comes before Ana, signed off")
			.isLessThan(trainers.indexOf(coached.ana().account().displayName()));
		assertThat(trainers).contains("Run through, awaiting sign-off").contains("Signed off").contains("Theory of change");
	}

	@Test
	void teamsGrowFromTheTrainingsHeldThisPastYear() throws Exception {
		UUID held = trainings.scheduled(coached.organization(), coached.chapterId(), coached.programId(),
				TODAY.plusWeeks(6));
		as(() -> {
			UUID canvassing = teams.create(coached.chapterId(), new TeamDetails("Canvassing", "", "Bo", "bo@example.org"));
			teams.create(coached.chapterId(), new TeamDetails("Phone bank", "", "Cy", "cy@example.org"));
			for (int i = 0; i < 4; i++) {
				registrations.signUp(held, new SignUpDetails("Person " + i, "h" + i + "@example.org", "", "", "", true));
			}
			jdbc.sql("update training set first_day = ?, last_day = ?, status = 'COMPLETED' where id = ?")
				.params(TODAY.minusMonths(2), TODAY.minusMonths(2), held)
				.update();
			// Three came; two joined Canvassing, one chose not now.
			jdbc.sql("""
					update registration set attended = true,
					       next_step = case when email = 'h2@example.org' then 'NOT_NOW' else 'TEAM' end,
					       next_step_team_id = case when email = 'h2@example.org' then null else ?::uuid end
					where training_id = ? and email <> 'h3@example.org'""")
				.params(canvassing, held)
				.update();
			return null;
		});

		String growth = section(page(coached.lead(), "en"), "growth", "</section>");

		assertThat(growth).contains("1 training held").contains("3 people trained").contains("2 joined a team")
			.contains("/trainings/" + held).contains("2 / 3");
		assertThat(growth.indexOf("Canvassing")).as("the team that grew most first")
			.isLessThan(growth.indexOf("Phone bank"));
		assertThat(growth).contains("None yet");
		assertThat(growth).as("the people behind the figures, in the directory")
			.contains("/people?chapter=" + coached.chapterId() + "&amp;from=")
			.contains("&amp;stage=JOINED_TEAM");
	}

	@Test
	void onlyOrganizersAndTheChaptersLeadsSeeIt() throws Exception {
		Person organizer = fixtures.member(coached.organization(), OrganizationRole.ORGANIZER);
		Person otherLead = fixtures.member(coached.organization(), OrganizationRole.CHAPTER_LEAD);
		UUID otherChapter = trainings.chapter(coached.organization(), "America/Chicago", Set.of(otherLead.accountId()),
				Set.of());

		mvc.perform(get(path(coached.chapterId())).session(SignIn.as(mvc, organizer.email())))
			.andExpect(status().isOk());
		mvc.perform(get(path(coached.chapterId())).session(SignIn.as(mvc, otherLead.email())))
			.andExpect(status().isNotFound());
		mvc.perform(get(path(coached.chapterId())).session(SignIn.as(mvc, coached.coach().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get(path(UUID.randomUUID())).session(SignIn.as(mvc, organizer.email())))
			.andExpect(status().isNotFound());

		// "Dashboard" in the navigation takes a lead to the chapter they lead; someone leading none has no dashboard.
		mvc.perform(get("/" + coached.organization().slug() + "/dashboard/chapter")
			.session(SignIn.as(mvc, otherLead.email()))).andExpect(redirectedUrl(path(otherChapter)));
		mvc.perform(get("/" + coached.organization().slug() + "/dashboard/chapter")
			.session(SignIn.as(mvc, coached.ana().email()))).andExpect(status().isForbidden());
	}

	@Test
	void aLeadOfSeveralChaptersIsOfferedTheOthers() throws Exception {
		UUID second = trainings.chapter(coached.organization(), "America/Chicago", Set.of(coached.lead().accountId()),
				Set.of());

		assertThat(page(coached.lead(), "en")).contains("Your other chapters")
			.contains("/chapters/" + second + "/dashboard");
	}

	@Test
	void speaksSpanish() throws Exception {
		assertThat(page(coached.lead(), "es")).contains(": panel</h1>").contains("Tareas de la lista atrasadas")
			.contains("Preparación de los formadores").contains("2 sin ensayar todavía");
	}

	@Test
	void loadsInTheSameStatementsHoweverMuchTheChapterHas() throws Exception {
		MockHttpSession session = SignIn.as(mvc, coached.lead().email());
		grow(0, 1);
		int forOne = statements(session);

		grow(1, 5);
		int forMore = statements(session);

		assertThat(forMore).isEqualTo(forOne);
		// The layout and the chapter with its people; the upcoming trainings and their readiness (checklists, teams,
		// rehearsals, registrations); the overdue tasks and their count; sign-ups this week; the presenters' run-
		// throughs and verdicts, the module titles, the trainings and people named; the trainings held and the teams.
		assertThat(forOne).isLessThanOrEqualTo(40);
	}

	/** More of everything: upcoming trainings with a sign-up and overdue tasks, and trainings held. */
	private void grow(int from, int count) {
		for (int i = from; i < from + count; i++) {
			UUID more = trainings.scheduled(coached.organization(), coached.chapterId(), coached.programId(),
					TODAY.plusWeeks(3 + i));
			UUID held = trainings.scheduled(coached.organization(), coached.chapterId(), coached.programId(),
					TODAY.plusWeeks(9 + i));
			int n = i;
			as(() -> {
				registrations.signUp(more, new SignUpDetails("Person", "more" + n + "@example.org", "", "", "", true));
				jdbc.sql("update training set first_day = ?, last_day = ?, status = 'COMPLETED' where id = ?")
					.params(TODAY.minusWeeks(n + 2), TODAY.minusWeeks(n + 2), held)
					.update();
				return jdbc.sql("update checklist_item set due_date = ? where training_id = ?")
					.params(TODAY.minusDays(2), more)
					.update();
			});
		}
	}

	private int statements(MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path(coached.chapterId())).session(session).locale(Locale.ENGLISH)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private String page(Person who, String language) throws Exception {
		return mvc.perform(get(path(coached.chapterId())).session(SignIn.as(mvc, who.email()))
			.locale(Locale.forLanguageTag(language)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String section(String page, String id, String next) {
		int start = page.indexOf("id=\"" + id + "\"");
		int end = next.startsWith("<") ? page.indexOf(next, start) : page.indexOf("id=\"" + next + "\"");
		return page.substring(start, end);
	}

	private String path(UUID chapterId) {
		return "/" + coached.organization().slug() + "/chapters/" + chapterId + "/dashboard";
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

}
