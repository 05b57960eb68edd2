package org.liminal.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * My page: a trainer's trainings with where they stand on each module, their next run-throughs and the feedback
 * they have to acknowledge; a coach's trainers with what waits on the coach. Only one's own rows, never another
 * organization's, in the same statements however many there are.
 */
@WebTest
@Import({ CoachingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class MyPagePagesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	CoachingFixtures fixtures;

	@Autowired
	Fixtures people;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	MutableClock clock;

	Coached coached;

	@BeforeEach
	void aCoachedTrainingTenDaysOut() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = fixtures.coached("my-page", TODAY.plusDays(10));
	}

	@Test
	void aTrainerSeesTheirTrainingsWithTheirSeatsAndWhereTheyStandOnEachModule() throws Exception {
		assertThat(section(page(coached.ben(), "en"), "my-trainings")).contains("Theory of change")
			.contains("Not run through");
		UUID held = logStoryAndChange(coached, TODAY);
		submit(coached, held, coached.story(), coached.ana(), Verdict.READY);

		String ana = section(page(coached.ana(), "en"), "my-trainings");
		assertThat(ana).contains("1 training coming up or running now")
			.contains("/trainings/" + coached.trainingId() + "\"")
			.contains("Lead trainer")
			.contains("Scheduled")
			.contains("Story of self")
			.contains("Signed off")
			.contains("/modules/")
			.doesNotContain("Theory of change");
		String ben = section(page(coached.ben(), "en"), "my-trainings");
		assertThat(ben).contains("Theory of change").contains("Run through, awaiting sign-off")
			.doesNotContain("Story of self")
			.doesNotContain("Lead trainer");
		assertThat(section(page(coached.carla(), "en"), "my-trainings"))
			.contains("You are not on the team of any upcoming training.")
			.doesNotContain(coached.trainingId().toString());
	}

	@Test
	void nextRunThroughsAreThoseOnePresentsAtOrCoaches() throws Exception {
		UUID planned = as(coached, () -> runThroughs.plan(coached.trainingId(), new RunThroughDetails(TODAY.plusDays(3),
				LocalTime.of(18, 30), RunThroughFormat.ONLINE, "", List.of(new Presentation(coached.story(),
						coached.ana().accountId(), 45, null)), Set.of(), "", ""), coached.lead().accountId()));
		String link = "/trainings/" + coached.trainingId() + "/run-throughs/" + planned;

		assertThat(section(page(coached.ana(), "en"), "next-run-throughs")).contains(link)
			.contains("4 March 2026, 18:30")
			.contains("You present")
			.contains("1 run-through planned with you in it");
		assertThat(section(page(coached.coach(), "en"), "next-run-throughs")).contains(link).contains("You watch or coach");
		assertThat(section(page(coached.ben(), "en"), "next-run-throughs")).doesNotContain(planned.toString())
			.contains("No run-through is planned with you presenting, watching or coaching.");
	}

	@Test
	void feedbackToAcknowledgeIsOnesOwnUntilAcknowledged() throws Exception {
		UUID held = logStoryAndChange(coached, TODAY);
		UUID anas = submit(coached, held, coached.story(), coached.ana(), Verdict.READY_WITH_CHANGES);
		UUID bens = submit(coached, held, coached.change(), coached.ben(), Verdict.ANOTHER_RUN_THROUGH);

		String ana = section(page(coached.ana(), "en"), "feedback-to-acknowledge");
		assertThat(ana).contains("/feedback/" + anas + "\"")
			.contains("Story of self")
			.contains("Ready with changes")
			.contains("by " + coached.coach().account().displayName())
			.contains("1 to acknowledge")
			.doesNotContain(bens.toString());

		as(coached, () -> feedbacks.acknowledge(anas, coached.ana().accountId()));
		assertThat(section(page(coached.ana(), "en"), "feedback-to-acknowledge")).doesNotContain(anas.toString())
			.contains("You have acknowledged all the feedback given to you.");
	}

	@Test
	void aCoachSeesTheTrainersTheyCoachWithWhatWaitsOnThem() throws Exception {
		UUID held = logStoryAndChange(coached, TODAY);
		submit(coached, held, coached.story(), coached.ana(), Verdict.READY);

		String trainers = section(page(coached.coach(), "en"), "trainers-to-coach");
		assertThat(trainers).contains("3 trainers you coach")
			.contains("/coaching/trainers/" + coached.ana().accountId())
			.contains("/coaching/trainers/" + coached.carla().accountId());
		assertThat(line(trainers, coached.ana())).contains("1 piece of your feedback not acknowledged yet")
			.doesNotContain("held without your feedback");
		assertThat(line(trainers, coached.ben())).contains("1 run-through held without your feedback");
		assertThat(line(trainers, coached.carla())).contains("Nothing waits on you");
		assertThat(trainers.indexOf(coached.carla().accountId().toString())).as("those with work waiting first")
			.isGreaterThan(trainers.indexOf(coached.ben().accountId().toString()));

		as(coached, () -> feedbacks.start(new FeedbackSubject(coached.trainingId(), held, coached.change(),
				coached.ben().accountId()), coached.coach().accountId(), new FeedbackContent(Map.of(), "", "", null), false));
		assertThat(line(section(page(coached.coach(), "en"), "trainers-to-coach"), coached.ben()))
			.contains("1 draft of yours still open")
			.doesNotContain("held without your feedback");
		assertThat(page(coached.ana(), "en")).as("trainers coach nobody").doesNotContain("Trainers to coach");
	}

	@Test
	void someoneNeitherTrainerNorCoachIsToldWhatThePageIsFor() throws Exception {
		assertThat(page(coached.lead(), "en")).contains("This page is for trainers and coaches")
			.contains("/my-tasks")
			.doesNotContain("id=\"my-trainings\"");
	}

	@Test
	void anotherOrganizationsRowsNeverAppear() throws Exception {
		Coached other = fixtures.coached("my-page-other", TODAY.plusDays(5));
		UUID theirHeld = logStoryAndChange(other, TODAY);
		UUID theirFeedback = submit(other, theirHeld, other.story(), other.ana(), Verdict.READY);
		UUID theirPlan = as(other, () -> runThroughs.plan(other.trainingId(), details(other, TODAY.plusDays(2), null),
				other.lead().accountId()));
		logStoryAndChange(coached, TODAY);

		String ana = page(coached.ana(), "en");
		String coach = page(coached.coach(), "en");
		for (String page : List.of(ana, coach)) {
			assertThat(page).doesNotContain(other.trainingId().toString())
				.doesNotContain(theirFeedback.toString())
				.doesNotContain(theirPlan.toString())
				.doesNotContain(other.ana().accountId().toString())
				.doesNotContain(other.ana().account().displayName());
		}
		assertThat(section(ana, "my-trainings")).contains(coached.trainingId().toString());
		mvc.perform(get("/" + other.organization().slug() + "/me").session(session(coached.ana())))
			.andExpect(status().isNotFound());
	}

	@Test
	void speaksSpanish() throws Exception {
		assertThat(page(coached.ana(), "es")).contains("<h1>Mi página</h1>")
			.contains("Mis formaciones")
			.contains("Sin ensayar")
			.contains("1 formación por venir o en curso")
			.contains("Comentarios por confirmar");
		assertThat(page(coached.coach(), "es")).contains("Personas formadoras que acompañas");
	}

	@Test
	void loadsInTheSameStatementsHoweverManyTrainingsRunThroughsAndFeedback() throws Exception {
		UUID held = logStoryAndChange(coached, TODAY);
		submit(coached, held, coached.story(), coached.ana(), Verdict.READY);
		as(coached, () -> runThroughs.plan(coached.trainingId(), details(coached, TODAY.plusDays(3), null),
				coached.lead().accountId()));
		MockHttpSession ana = session(coached.ana());
		MockHttpSession coach = session(coached.coach());
		int anaForOne = statements(ana);
		int coachForOne = statements(coach);

		// A trainer the coach coaches only through these trainings, as their lead trainer.
		Person dana = people.member(coached.organization(), OrganizationRole.TRAINER);
		for (int i = 1; i < 6; i++) {
			LocalDate planned = TODAY.plusDays(i + 3);
			UUID trainingId = trainingFixtures.scheduled(coached.organization(), coached.chapterId(),
					coached.programId(), TODAY.plusWeeks(i + 2));
			as(coached, () -> trainings.staff(trainingId, Map.of(Seat.leadTrainer(), dana.accountId(), Seat.coach(),
					coached.coach().accountId(),
					Seat.module(coached.story(), 1), coached.ana().accountId(), Seat.module(coached.change(), 1),
					coached.ben().accountId()), trainings.training(trainingId).version()));
			UUID again = as(coached, () -> runThroughs.log(trainingId, details(coached, TODAY, 50),
					coached.coach().accountId()));
			submit(coached, trainingId, again, coached.story(), coached.ana(), Verdict.ANOTHER_RUN_THROUGH);
			as(coached, () -> runThroughs.plan(trainingId, details(coached, planned, null),
					coached.lead().accountId()));
		}

		assertThat(section(page(coached.ana(), "en"), "my-trainings")).contains("6 trainings coming up");
		assertThat(section(page(coached.ana(), "en"), "feedback-to-acknowledge")).contains("6 to acknowledge");
		assertThat(statements(ana)).isEqualTo(anaForOne);
		assertThat(statements(coach)).isEqualTo(coachForOne);
		// The layout; today's date in each chapter; the trainings with their count, names, seats and rehearsals;
		// run-throughs and feedback, their trainings, modules and people; the coach's trainers and what waits.
		assertThat(anaForOne).isLessThanOrEqualTo(20);
		assertThat(coachForOne).isLessThanOrEqualTo(25);
	}

	private UUID logStoryAndChange(Coached in, LocalDate date) {
		return as(in, () -> runThroughs.log(in.trainingId(), details(in, date, 50), in.coach().accountId()));
	}

	private static RunThroughDetails details(Coached in, LocalDate date, Integer actual) {
		return new RunThroughDetails(date, LocalTime.of(18, 0), RunThroughFormat.IN_PERSON, "Union hall",
				List.of(new Presentation(in.story(), in.ana().accountId(), 45, actual),
						new Presentation(in.change(), in.ben().accountId(), 60, actual)),
				Set.of(in.coach().accountId()), "", "");
	}

	private UUID submit(Coached in, UUID runThroughId, UUID moduleKey, Person presenter, Verdict verdict) {
		return submit(in, in.trainingId(), runThroughId, moduleKey, presenter, verdict);
	}

	private UUID submit(Coached in, UUID trainingId, UUID runThroughId, UUID moduleKey, Person presenter,
			Verdict verdict) {
		Map<String, Integer> scores = new HashMap<>();
		Rubric.USUAL_KEYS.forEach(key -> scores.put(key, 3));
		return as(in, () -> feedbacks.start(new FeedbackSubject(trainingId, runThroughId, moduleKey,
				presenter.accountId()), in.coach().accountId(), new FeedbackContent(scores, "Good", "Slow down", verdict),
				true));
	}

	/** The list item of one trainer on the coach's list. */
	private static String line(String section, Person trainer) {
		int start = section.indexOf("/coaching/trainers/" + trainer.accountId());
		return section.substring(start, section.indexOf("</li>", start));
	}

	/** One section of the page, from its heading to the next. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		int next = page.indexOf("<h2", start);
		return page.substring(start, next < 0 ? page.length() : next);
	}

	private int statements(MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path()).session(session).locale(Locale.ENGLISH)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private String page(Person person, String language) throws Exception {
		return mvc.perform(get(path()).session(session(person)).locale(Locale.forLanguageTag(language)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpSession session(Person person) throws Exception {
		return SignIn.as(mvc, person.email());
	}

	private String path() {
		return "/" + coached.organization().slug() + "/me";
	}

	private <T> T as(Coached in, Supplier<T> work) {
		return TenantContext.callAsOrganization(in.organization().id(), work);
	}

	private void as(Coached in, Runnable work) {
		TenantContext.runAsOrganization(in.organization().id(), work);
	}

}
