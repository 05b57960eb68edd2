package org.liminal.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.liminal.coaching.CoachingFixtures;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.coaching.FeedbackContent;
import org.liminal.coaching.FeedbackSubject;
import org.liminal.coaching.Feedbacks;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.Rubric;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughs;
import org.liminal.coaching.Verdict;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A coach's feedback in a period, behind their figures on the national dashboard: the same three counts, the
 * feedback submitted in the period (its days in UTC) and the drafts open; organizers and the coach themself only;
 * another organization's coach not found; a period that cannot be read never fails the page.
 */
@WebTest
@Import({ CoachingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class CoachFeedbackPagesTests {

	static final Instant NOW = Instant.parse("2026-03-01T15:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	/** The period asked for: its first day begins at midnight UTC on 1 January. */
	static final String PERIOD = "?from=2026-01-01&to=2026-03-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	CoachingFixtures fixtures;

	@Autowired
	Fixtures people;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	MutableClock clock;

	Coached coached;

	Person organizer;

	@BeforeEach
	void aCoachedTraining() {
		clock.set(NOW);
		coached = fixtures.coached("coach-feedback", TODAY.plusWeeks(6));
		organizer = people.member(coached.organization(), OrganizationRole.ORGANIZER);
	}

	@Test
	void theDashboardsFiguresLeadToTheFeedbackBehindThemCountedTheSame() throws Exception {
		UUID first = runThrough();
		UUID second = runThrough();
		UUID third = runThrough();
		UUID latest = submitted(first, coached.story(), coached.ana(), coached.coach(), NOW);
		UUID atTheStart = submitted(first, coached.change(), coached.ben(), coached.coach(),
				Instant.parse("2026-01-01T00:00:00Z"));
		UUID toAnaAgain = submitted(second, coached.story(), coached.ana(), coached.coach(),
				Instant.parse("2026-02-10T09:00:00Z"));
		UUID justBefore = submitted(third, coached.story(), coached.ana(), coached.coach(),
				Instant.parse("2025-12-31T23:59:59Z"));
		UUID draft = draft(second, coached.change(), coached.ben(), coached.coach());
		Person otherCoach = people.member(coached.organization(), OrganizationRole.COACH);
		UUID othersFeedback = submitted(third, coached.change(), coached.ben(), otherCoach, NOW);
		MockHttpSession session = SignIn.as(mvc, organizer.email());

		String dashboard = page("/dashboard" + PERIOD, session);
		String row = rowOf(dashboard, coached.coach());

		assertThat(figures(row)).as("feedback given, trainers, drafts open").containsExactly(3, 2, 1);
		String href = hrefIn(row);
		assertThat(href).isEqualTo(path("/coaching/coaches/" + coached.coach().accountId() + PERIOD));
		String page = mvc.perform(get(href).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(coached.coach().account().displayName())
			.contains("3 feedback given", "to 2 trainers", "1 draft open")
			.contains("1 January 2026", "1 March 2026")
			.contains("/feedback/" + latest + "\"", "/feedback/" + atTheStart + "\"", "/feedback/" + toAnaAgain + "\"")
			.contains("/trainings/" + coached.trainingId() + "\"")
			.contains(coached.ana().account().displayName(), coached.ben().account().displayName(), "Story of self", "Theory of change")
			.doesNotContain(justBefore.toString())
			.doesNotContain(othersFeedback.toString());
		String given = page.substring(page.indexOf("id=\"given\""), page.indexOf("id=\"drafts\""));
		assertThat(given.indexOf(latest.toString())).as("the latest first")
			.isLessThan(given.indexOf(toAnaAgain.toString()));
		assertThat(given.indexOf(toAnaAgain.toString())).isLessThan(given.indexOf(atTheStart.toString()));
		assertThat(given).as("the day it was counted on, in UTC").contains("Jan 1, 2026").doesNotContain("Dec 31, 2025");
		String drafts = page.substring(page.indexOf("id=\"drafts\""));
		assertThat(drafts).as("an organizer does not read another coach's draft: named, not linked")
			.contains("Theory of change", "Draft", "Only the coach reads a draft")
			.doesNotContain(draft.toString());
		mvc.perform(get(path("/feedback/" + latest)).session(session)).andExpect(status().isOk());

		String theDayBefore = page("/coaching/coaches/" + coached.coach().accountId()
				+ "?from=2025-12-31&to=2025-12-31", session);
		assertThat(theDayBefore).contains("1 feedback given", "to 1 trainer", "1 draft open")
			.contains("/feedback/" + justBefore + "\"");
	}

	@Test
	void theCoachThemselfSeesItWithTheirDraftsToEditAndNobodyElse() throws Exception {
		UUID draft = draft(runThrough(), coached.story(), coached.ana(), coached.coach());
		String coaches = "/coaching/coaches/" + coached.coach().accountId();

		assertThat(page(coaches, SignIn.as(mvc, coached.coach().email())))
			.contains("/feedback/" + draft + "/edit\"")
			.doesNotContain("Back to the dashboard");
		for (Person refused : List.of(coached.ana(), coached.lead(),
				people.member(coached.organization(), OrganizationRole.COACH))) {
			mvc.perform(get(path(coaches)).session(SignIn.as(mvc, refused.email())))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anotherOrganizationsCoachOrSomeoneNoLongerHereIsNotFound() throws Exception {
		Coached other = fixtures.coached("coach-feedback-other", TODAY.plusWeeks(6));
		MockHttpSession session = SignIn.as(mvc, organizer.email());

		mvc.perform(get(path("/coaching/coaches/" + other.coach().accountId())).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get(path("/coaching/coaches/" + UUID.randomUUID())).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/" + other.organization().slug() + "/coaching/coaches/" + coached.coach().accountId())
			.session(session)).andExpect(status().isNotFound());
	}

	@Test
	void datesThatCannotBeReadAreToldNextToTheirFieldAndNeverFailThePage() throws Exception {
		MockHttpSession session = SignIn.as(mvc, organizer.email());
		String coaches = "/coaching/coaches/" + coached.coach().accountId();

		String unreadable = page(coaches + "?from=soon&to=2026-02-30", session);
		assertThat(unreadable).contains("<label for=\"from\">From</label>", "<label for=\"to\">To</label>")
			.contains("id=\"from-error\"", "id=\"to-error\"")
			.contains("This is not a date such as 2026-12-31")
			.contains("1 March 2025", "1 March 2026");
		assertThat(page(coaches + "?from=2026-03-01&to=2026-01-01", session))
			.contains("This is before the start of the period, so the past twelve months are shown.");
		assertThat(page(coaches + "?from=0000-01-01&to=99999-01-01", session)).contains("id=\"from-error\"");
		assertThat(mvc.perform(get(path(coaches)).session(session).locale(Locale.forLanguageTag("es")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Comentarios de", "Ningún comentario enviado");
	}

	@Test
	void loadsInTheSameStatementsHoweverMuchFeedback() throws Exception {
		MockHttpSession session = SignIn.as(mvc, organizer.email());
		UUID first = runThrough();
		submitted(first, coached.story(), coached.ana(), coached.coach(), NOW);
		draft(first, coached.change(), coached.ben(), coached.coach());
		int forTwo = statements(session);

		for (int i = 0; i < 4; i++) {
			UUID again = runThrough();
			submitted(again, coached.story(), coached.ana(), coached.coach(), NOW.minusSeconds(3600L * i));
			draft(again, coached.change(), coached.ben(), coached.coach());
		}
		int forTen = statements(session);

		assertThat(forTen).isEqualTo(forTwo);
		// The layout, the people, the feedback with its scores, and its trainings and their module titles.
		assertThat(forTwo).isLessThanOrEqualTo(20);
	}

	private int statements(MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path("/coaching/coaches/" + coached.coach().accountId() + PERIOD)).session(session))
			.andExpect(status().isOk());
		return QueryCounter.count();
	}

	/** A held run-through where Ana presents Story of self and Ben Theory of change. */
	private UUID runThrough() {
		return as(() -> runThroughs.log(coached.trainingId(), new RunThroughDetails(TODAY, LocalTime.of(18, 0),
				RunThroughFormat.IN_PERSON, "", List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, 50),
						new Presentation(coached.change(), coached.ben().accountId(), 60, 58)),
				Set.of(coached.coach().accountId()), "", ""), coached.coach().accountId()));
	}

	private UUID submitted(UUID runThroughId, UUID moduleKey, Person presenter, Person coach, Instant at) {
		clock.set(at);
		try {
			return as(() -> feedbacks.start(new FeedbackSubject(coached.trainingId(), runThroughId, moduleKey,
					presenter.accountId()), coach.accountId(), new FeedbackContent(scores(), "Good", "Slow down",
							Verdict.READY), true));
		}
		finally {
			clock.set(NOW);
		}
	}

	private UUID draft(UUID runThroughId, UUID moduleKey, Person presenter, Person coach) {
		return as(() -> feedbacks.start(new FeedbackSubject(coached.trainingId(), runThroughId, moduleKey,
				presenter.accountId()), coach.accountId(), new FeedbackContent(Map.of(), "Half written", "", null),
				false));
	}

	private static Map<String, Integer> scores() {
		Map<String, Integer> scores = new HashMap<>();
		Rubric.USUAL_KEYS.forEach(key -> scores.put(key, 3));
		return scores;
	}

	/** The coach's row of the dashboard's "Coaching in the period". */
	private static String rowOf(String dashboard, Person coach) {
		String pipeline = dashboard.substring(dashboard.indexOf("id=\"pipeline\""), dashboard.indexOf("id=\"quiet\""));
		int at = pipeline.indexOf("/coaching/coaches/" + coach.accountId());
		assertThat(at).as("the coach's row links to their feedback").isPositive();
		return pipeline.substring(pipeline.lastIndexOf("<tr", at), pipeline.indexOf("</tr>", at));
	}

	private static List<Integer> figures(String row) {
		List<Integer> figures = new ArrayList<>();
		Matcher figure = Pattern.compile("<td class=\"number\"><a [^>]*>(\\d+)</a></td>").matcher(row);
		while (figure.find()) {
			figures.add(Integer.parseInt(figure.group(1)));
		}
		return figures;
	}

	private static String hrefIn(String row) {
		Matcher link = Pattern.compile("<th scope=\"row\"><a href=\"([^\"]+)\"").matcher(row);
		assertThat(link.find()).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	private String page(String rest, MockHttpSession session) throws Exception {
		return mvc.perform(get(path(rest)).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String path(String rest) {
		return "/" + coached.organization().slug() + rest;
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

}
