package org.liminal.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.participants.TeamDetails;
import org.liminal.participants.Teams;
import org.liminal.pathway.Evidence;
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
 * The national dashboard: organizers only; upcoming trainings grouped by readiness, those at risk first with their
 * reasons and figures; filters that never fail the page; another organization's trainings never counted; the
 * same few statements however many trainings there are.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, QueryCounter.class })
class NationalDashboardPagesTests {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registrations registrations;

	@Autowired
	Teams teams;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Qualifications qualifications;

	OrganizationSummary organization;

	UUID programId;

	UUID chapterId;

	Person organizer;

	@BeforeEach
	void anOrganizationWithAProgramAndAChapter() {
		organization = fixtures.organization("dashboard");
		programId = curriculum.publishedProgram(organization, "Core training");
		chapterId = trainings.chapter(organization);
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
	}

	@Test
	void trainingsAtRiskComeFirstWithTheirReasonsAndFigures() throws Exception {
		UUID later = trainings.scheduled(organization, chapterId, programId, TODAY.plusWeeks(8));
		UUID soon = trainings.scheduled(organization, chapterId, programId, TODAY.plusDays(10));

		String page = page("", "en");

		assertThat(page).contains("1 at risk").contains("1 needs attention");
		int atRisk = page.indexOf("id=\"at-risk\"");
		int attention = page.indexOf("id=\"attention\"");
		assertThat(page.indexOf("/trainings/" + soon)).as("the training ten days out, without a team, is at risk")
			.isBetween(atRisk, attention);
		assertThat(page.indexOf("/trainings/" + later)).isGreaterThan(attention);
		assertThat(page).contains("No lead trainer yet").contains("Team").contains("Checklist");
		assertThat(page).as("the trainings behind the figures, in the list")
			.containsPattern("href=\"/" + organization.slug() + "/trainings\\?from=[0-9-]+&amp;status=SCHEDULED&amp;to=");
	}

	@Test
	void chaptersWithNoTrainingForWeeksAndNoneScheduledHaveGoneQuiet() throws Exception {
		UUID busy = chapterId;
		trainings.scheduled(organization, busy, programId, TODAY.plusWeeks(5));
		UUID silent = trainings.chapter(organization);
		UUID lapsed = trainings.chapter(organization);
		trainings.scheduled(organization, lapsed, programId, TODAY.plusWeeks(9));
		// Its one training, held fifteen weeks ago.
		TenantContext.runAsOrganization(organization.id(), () -> jdbc
			.sql("update training set first_day = ?, last_day = ?, status = 'COMPLETED' where chapter_id = ?")
			.params(TODAY.minusWeeks(15), TODAY.minusWeeks(15), lapsed)
			.update());

		String page = page("", "en");
		String quiet = page.substring(page.indexOf("id=\"quiet\""));

		assertThat(quiet).contains("/chapters/" + silent + "\"").contains("no training yet")
			.contains("/chapters/" + lapsed + "\"")
			.containsPattern("1[45] weeks ago")
			.doesNotContain("/chapters/" + busy + "\"");
		assertThat(quiet.indexOf(lapsed.toString())).as("the longest quiet first, never-held last")
			.isLessThan(quiet.indexOf(silent.toString()));
		assertThat(page("?chapter=" + busy, "en")).contains("None: every active chapter has a training recent or coming.");
	}

	@Test
	void trainingsHeldPeopleTrainedAndWhereTheyWentAreCountedInThePeriod() throws Exception {
		UUID held = trainings.scheduled(organization, chapterId, programId, TODAY.plusWeeks(6));
		String[] steps = { "TEAM", "TEAM", "DAY_OF_VOLUNTEER", "UPGRADE_TRAINING", "NOT_NOW", null, null };
		TenantContext.runAsOrganization(organization.id(), () -> {
			UUID team = teams.create(chapterId, new TeamDetails("Outreach", "", "Bo", "bo@example.org"));
			for (int i = 0; i < steps.length; i++) {
				registrations.signUp(held, new SignUpDetails("Person " + i, "p" + i + "@example.org", "", "", "", true));
			}
			// Held two months ago: the last of them never came.
			jdbc.sql("update training set first_day = ?, last_day = ?, status = 'COMPLETED' where id = ?")
				.params(TODAY.minusMonths(2), TODAY.minusMonths(2), held)
				.update();
			for (int i = 0; i < steps.length; i++) {
				jdbc.sql("""
						update registration set attended = ?, next_step = ?, next_step_team_id = ?
						where training_id = ? and email = ?""")
					.params(i < steps.length - 1, steps[i], "TEAM".equals(steps[i]) ? team : null, held,
							"p" + i + "@example.org")
					.update();
			}
		});

		String page = page("", "en");

		assertThat(page).contains("1 training held").contains("6 people trained")
			.contains(TODAY.minusMonths(2).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)))
			.contains("<svg");
		String funnel = page.substring(page.indexOf("id=\"funnel\""), page.indexOf("id=\"quiet\""));
		assertThat(funnel).contains("7 / 7").contains("6 / 7").contains("5 / 7").contains("2 / 7").contains("1 / 7");
		assertThat(page("?from=" + TODAY.minusMonths(1), "en")).contains("No training held in this period.");
	}

	@Test
	void everyFigureOfWhatWasHeldLinksToTheListBehindItWithTheSameFilters() throws Exception {
		UUID held = trainings.scheduled(organization, chapterId, programId, TODAY.plusWeeks(6));
		UUID otherProgram = curriculum.publishedProgram(organization, "Other training");
		UUID ofOtherProgram = trainings.scheduled(organization, chapterId, otherProgram, TODAY.plusWeeks(7));
		LocalDate month = TODAY.minusMonths(2).withDayOfMonth(1);
		TenantContext.runAsOrganization(organization.id(), () -> {
			UUID team = teams.create(chapterId, new TeamDetails("Outreach", "", "Bo", "bo@example.org"));
			for (int i = 0; i < 4; i++) {
				registrations.signUp(held, new SignUpDetails("Person " + i, "p" + i + "@example.org", "", "", "", true));
			}
			registrations.signUp(ofOtherProgram,
					new SignUpDetails("Elsewhere", "elsewhere@example.org", "", "", "", true));
			jdbc.sql("update training set first_day = ?, last_day = ?, status = 'COMPLETED' where id in (?, ?)")
				.params(month.plusDays(3), month.plusDays(3), held, ofOtherProgram)
				.update();
			// Three came, two of them joined a team; and so did the one at the other program's training.
			jdbc.sql("update registration set attended = true where email in ('p0@example.org', 'p1@example.org',"
					+ " 'p2@example.org', 'elsewhere@example.org')").update();
			jdbc.sql("update registration set next_step = 'TEAM', next_step_team_id = ? where email in"
					+ " ('p0@example.org', 'p1@example.org', 'elsewhere@example.org')").param(team).update();
		});
		String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
		String lastOfMonth = month.plusMonths(1).minusDays(1).toString();

		String page = page("?program=" + programId, "en");

		String people = "/" + organization.slug() + "/people\\?";
		String joined = href(page, people + "from=[0-9-]+&amp;program=" + programId + "&amp;stage=JOINED_TEAM&amp;to=[0-9-]+",
				"Joined a team: 2, the list behind this figure");
		assertThat(listed(joined)).contains("2 people").contains("p0@example.org").contains("p1@example.org")
			.doesNotContain("p2@example.org")
			.doesNotContain("elsewhere@example.org");
		assertThat(listed(href(page, people + "from=[0-9-]+&amp;program=" + programId + "&amp;stage=SIGNED_UP&amp;to=[0-9-]+",
				"Signed up: 4, the list behind this figure"))).contains("4 people");
		String trainedInMonth = href(page, people + "from=" + month + "&amp;program=" + programId
				+ "&amp;stage=ATTENDED&amp;to=" + lastOfMonth, "People trained in " + monthName + ": 3");
		assertThat(listed(trainedInMonth)).contains("3 people").doesNotContain("p3@example.org");
		String heldInMonth = href(page, "/" + organization.slug() + "/trainings\\?from=" + month + "&amp;program="
				+ programId + "&amp;status=COMPLETED&amp;to=" + lastOfMonth, "Trainings held in " + monthName + ": 1");
		assertThat(listed(heldInMonth)).contains("/trainings/" + held).doesNotContain("/trainings/" + ofOtherProgram);
		String trainedInChapter = href(page, people + "chapter=" + chapterId + "&amp;from=[0-9-]+&amp;program="
				+ programId + "&amp;stage=ATTENDED&amp;to=[0-9-]+", "People trained in [^\"]+: 3");
		assertThat(listed(trainedInChapter)).contains("3 people");
		href(page, "/" + organization.slug() + "/trainings\\?chapter=" + chapterId + "&amp;from=[0-9-]+&amp;program="
				+ programId + "&amp;status=COMPLETED&amp;to=[0-9-]+", "Trainings held in [^\"]+: 1");
		assertThat(page).contains("the list behind it shows each person once");
	}

	@Test
	void aPeriodStillAheadHasNoListBehindItsFunnel() throws Exception {
		String page = page("?from=" + TODAY.plusWeeks(1), "en");

		String funnel = page.substring(page.indexOf("id=\"funnel\""), page.indexOf("id=\"pipeline\""));
		assertThat(funnel).contains("0 / 1").doesNotContain("/people");
	}

	@Test
	void eachStepOfThePipelineLinksToItsHolders() throws Exception {
		UUID lead = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		UUID coach = pathway.kind(organization, PathwayFixtures.general("Coach"));

		String page = page("", "en");
		String pipeline = page.substring(page.indexOf("id=\"pipeline\""), page.indexOf("id=\"quiet\""));

		assertThat(pipeline).contains("href=\"/" + organization.slug() + "/pathway/kinds/" + lead + "\"")
			.contains("href=\"/" + organization.slug() + "/pathway/kinds/" + coach + "\"")
			.contains("aria-label=\"Lead trainer: 0, the list behind this figure\"");
	}

	@Test
	void thePipelineCountsTheHoldersOfEachStepAndTheCoachesWork() throws Exception {
		UUID lead = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		pathway.kind(organization, PathwayFixtures.general("Coach"));
		Person ana = fixtures.member(organization, OrganizationRole.TRAINER);
		Person ben = fixtures.member(organization, OrganizationRole.TRAINER);
		TenantContext.runAsOrganization(organization.id(), () -> {
			qualifications.grant(ana.accountId(), new NewGrant(lead, null, Evidence.none()), organizer.accountId());
			qualifications.grant(ben.accountId(), new NewGrant(lead, null, Evidence.none()), organizer.accountId());
		});

		String pipeline = page("", "en");
		pipeline = pipeline.substring(pipeline.indexOf("id=\"pipeline\""), pipeline.indexOf("id=\"quiet\""));

		assertThat(pipeline).contains("Lead trainer").contains("2 / 2").contains("Coach").contains("0 / 2")
			.contains("No feedback given in this period");
	}

	@Test
	void speaksSpanish() throws Exception {
		trainings.scheduled(organization, chapterId, programId, TODAY.plusDays(10));

		assertThat(page("", "es")).contains("<h1>Panel</h1>").contains("1 en riesgo").contains("En riesgo (1)");
	}

	@Test
	void onlyOrganizersSeeIt() throws Exception {
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		mvc.perform(get(path("")).session(SignIn.as(mvc, lead.email()))).andExpect(status().isForbidden());
	}

	@Test
	void filtersNarrowItAndUnreadableOnesAreToldNextToTheirField() throws Exception {
		UUID otherChapter = trainings.chapter(organization);
		UUID here = trainings.scheduled(organization, chapterId, programId, TODAY.plusWeeks(3));
		UUID there = trainings.scheduled(organization, otherChapter, programId, TODAY.plusWeeks(4));
		UUID farOff = trainings.scheduled(organization, chapterId, programId, TODAY.plusWeeks(20));

		assertThat(page("?chapter=" + chapterId, "en")).contains("/trainings/" + here)
			.doesNotContain("/trainings/" + there)
			.doesNotContain("/trainings/" + farOff);
		assertThat(page("?to=" + TODAY.plusWeeks(30), "en")).contains("/trainings/" + farOff);
		assertThat(page("?chapter=nope&from=soon", "en")).contains("This is not one of the choices offered")
			.contains("This is not a date such as 2026-12-31")
			.contains("/trainings/" + here)
			.contains("/trainings/" + there);
		assertThat(page("?from=" + TODAY.plusWeeks(5) + "&to=" + TODAY, "en"))
			.contains("This is before the start of the period");
	}

	@Test
	void anotherOrganizationsTrainingsAreNeverCounted() throws Exception {
		OrganizationSummary other = fixtures.organization("dashboard-other");
		UUID theirProgram = curriculum.publishedProgram(other, "Their training");
		UUID theirs = trainings.scheduled(other, trainings.chapter(other), theirProgram, TODAY.plusDays(9));
		UUID ours = trainings.scheduled(organization, chapterId, programId, TODAY.plusWeeks(6));

		String page = page("", "en");

		assertThat(page).contains("/trainings/" + ours)
			.doesNotContain(theirs.toString())
			.doesNotContain("Their training")
			.contains("None at risk");
	}

	@Test
	void loadsInTheSameStatementsHoweverManyTrainings() throws Exception {
		trainings.scheduled(organization, chapterId, programId, TODAY.plusDays(10));
		MockHttpSession session = SignIn.as(mvc, organizer.email());
		int forOne = statements(session);

		for (int i = 1; i < 8; i++) {
			trainings.scheduled(organization, i % 2 == 0 ? chapterId : trainings.chapter(organization), programId,
					TODAY.plusWeeks(i + 1));
		}
		int forEight = statements(session);

		assertThat(forEight).isEqualTo(forOne);
		// The layout, the chapters and programs for the filter; the upcoming trainings, and for readiness their
		// checklists, teams, rehearsals and registrations; three aggregates of what was held; the pathway's steps,
		// the coaches' work and their names; each chapter's activity.
		assertThat(forOne).isLessThanOrEqualTo(30);
	}

	private int statements(MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path("")).session(session).locale(Locale.ENGLISH)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private String page(String query, String language) throws Exception {
		return mvc.perform(get(path(query)).session(SignIn.as(mvc, organizer.email()))
			.locale(Locale.forLanguageTag(language)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The address of the one link matching the pattern, named as given for screen readers. */
	private static String href(String page, String pattern, String accessibleName) {
		Matcher link = Pattern.compile("<a [^>]*href=\"(" + pattern + ")\"[^>]*aria-label=\"" + accessibleName + "\"")
			.matcher(page);
		assertThat(link.find()).as("a link to %s named %s", pattern, accessibleName).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	/** The page a link leads to, for the organizer. */
	private String listed(String href) throws Exception {
		return mvc.perform(get(href).session(SignIn.as(mvc, organizer.email())).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String path(String query) {
		return "/" + organization.slug() + "/dashboard" + query;
	}

}
