package org.liminal.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.liminal.coaching.FeedbackStatus;
import org.liminal.coaching.FeedbackSubject;
import org.liminal.coaching.FeedbackView;
import org.liminal.coaching.Feedbacks;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.Rubric;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughs;
import org.liminal.coaching.Verdict;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A coach writes feedback on a presenter's part of a held run-through; the trainer reads, acknowledges and replies
 * once on the pages; nobody else finds it.
 */
@WebTest
@Import({ CoachingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class FeedbackPagesTests {

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
	RunThroughs runThroughs;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	MutableClock clock;

	Coached coached;

	UUID runThroughId;

	@BeforeEach
	void aHeldRunThrough() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = fixtures.coached("feedback-pages", TODAY.plusWeeks(6));
		runThroughId = as(() -> runThroughs.log(coached.trainingId(), new RunThroughDetails(TODAY, LocalTime.of(18, 0),
				RunThroughFormat.IN_PERSON, "", List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, 55),
						new Presentation(coached.change(), coached.ben().accountId(), 60, 58)),
				Set.of(coached.coach().accountId()), "", ""), coached.coach().accountId()));
	}

	@Test
	void aCoachDraftsAndSubmitsTheTrainerAcknowledgesAndRepliesOnce() throws Exception {
		MockHttpSession coach = session(coached.coach());
		String form = page(newPath(coached.story(), coached.ana()), coach);
		assertThat(form).contains("Story of self", "45 min planned, 55 min actual (+10 min)", "Content mastery",
				"name=\"scores[timing]\"");

		String draftAt = mvc.perform(postAs(path("/feedback"), coach, subjectFields(coached.story(), coached.ana(),
				"scores[timing]", "2", "glows", "Warm opening", "action", "draft")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		FeedbackView draft = as(() -> feedbacks.draftsOf(coached.coach().accountId())).get(0);
		assertThat(draftAt).endsWith("/feedback/" + draft.id() + "/edit");
		// A second "new" for the same part opens the draft.
		mvc.perform(get(newPath(coached.story(), coached.ana())).session(coach))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(draftAt));
		MockHttpSession ana = session(coached.ana());
		mvc.perform(get(path("/feedback/" + draft.id())).session(ana)).andExpect(status().isNotFound());

		mvc.perform(postAs(path("/feedback/" + draft.id() + "/edit"), coach, allScored("3", "version",
				String.valueOf(draft.version()), "verdict", "READY", "glows", "Warm opening", "grows", "Cut a story", "action", "submit")))
			.andExpect(status().is3xxRedirection());
		assertThat(as(() -> feedbacks.historyOf(coached.ana().accountId()))).singleElement()
			.satisfies(submitted -> assertThat(submitted.status()).isEqualTo(FeedbackStatus.SUBMITTED));

		assertThat(page(path("/my-feedback"), ana)).contains("To acknowledge", "Story of self", "Ready");
		String view = page(path("/feedback/" + draft.id()), ana);
		assertThat(view).contains("Warm opening", "Cut a story", "3 – solid", "Acknowledge");
		mvc.perform(postAs(path("/feedback/" + draft.id() + "/acknowledge"), ana)).andExpect(status().is3xxRedirection());
		mvc.perform(postAs(path("/feedback/" + draft.id() + "/reply"), ana, "reply", "Thank you, I will."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(postAs(path("/feedback/" + draft.id() + "/reply"), ana, "reply", "One more"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "feedback.error.replied"));
		String empty = content(postAs(path("/feedback/" + submitted(coached.change(), coached.ben()) + "/reply"),
				session(coached.ben()), "reply", "  "));
		assertThat(empty).contains("Write your reply.");
		assertThat(page(path("/feedback/" + draft.id()), coach)).contains("Thank you, I will.",
				"The trainer acknowledged this feedback.");
	}

	@Test
	void scoresOutOfRangeOrMissingAreRefusedNextToTheirCriterion() throws Exception {
		MockHttpSession coach = session(coached.coach());
		String zero = content(postAs(path("/feedback"), coach, subjectFields(coached.story(), coached.ana(),
				"scores[timing]", "0", "action", "draft")));
		assertThat(zero).contains("Choose a score from 1 to 4.");
		String five = content(postAs(path("/feedback"), coach, subjectFields(coached.story(), coached.ana(),
				"scores[presence]", "5", "action", "draft")));
		assertThat(five).contains("Choose a score from 1 to 4.");
		String missing = content(postAs(path("/feedback"), coach, subjectFields(coached.story(), coached.ana(),
				"scores[content]", "3", "verdict", "READY", "action", "submit")));
		assertThat(missing).contains("Score this criterion to submit the feedback.");
		String unknown = content(postAs(path("/feedback"), coach, subjectFields(coached.story(), coached.ana(),
				"scores[charisma]", "3", "action", "draft")));
		assertThat(unknown).contains("Score the criteria of the current rubric only.");
		assertThat(as(() -> feedbacks.draftsOf(coached.coach().accountId()))).isEmpty();
	}

	@Test
	void feedbackIsFoundOnlyByThoseWhoMaySeeIt() throws Exception {
		UUID id = submitted(coached.story(), coached.ana());
		Person otherLead = people.member(coached.organization(), OrganizationRole.CHAPTER_LEAD);
		trainingFixtures.chapter(coached.organization(), "America/Chicago", Set.of(otherLead.accountId()), Set.of());
		for (Person stranger : List.of(coached.carla(), coached.ben(), otherLead)) {
			mvc.perform(get(path("/feedback/" + id)).session(session(stranger))).andExpect(status().isNotFound());
			mvc.perform(postAs(path("/feedback/" + id + "/acknowledge"), session(stranger)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get(path("/coaching/trainers/" + coached.ana().accountId())).session(session(coached.carla())))
			.andExpect(status().isNotFound());
		assertThat(page(path("/coaching/trainers/" + coached.ana().accountId()), session(otherLead)))
			.doesNotContain("Story of self");
		assertThat(page(path("/feedback/" + id), session(coached.lead()))).contains("Story of self");
		assertThat(page(path("/coaching/trainers/" + coached.ana().accountId()), session(coached.coach())))
			.contains("Story of self", "Ready");
		// Only coaches open the feedback form.
		mvc.perform(get(newPath(coached.story(), coached.ana())).session(session(coached.ben())))
			.andExpect(status().isForbidden());
		Coached other = fixtures.coached("feedback-pages-other", TODAY.plusWeeks(6));
		mvc.perform(get("/" + coached.organization().slug() + "/feedback/" + id).session(session(other.coach())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/" + other.organization().slug() + "/feedback/" + id).session(session(other.coach())))
			.andExpect(status().isNotFound());
	}

	@Test
	void myFeedbackAndTheCoachingPageLoadInABoundedNumberOfQueries() throws Exception {
		MockHttpSession ana = session(coached.ana());
		MockHttpSession coach = session(coached.coach());
		submitted(coached.story(), coached.ana());
		int mineOfOne = queries(path("/my-feedback"), ana);
		int coachingOfOne = queries(path("/coaching"), coach);

		submitted(coached.change(), coached.ben());
		for (int i = 0; i < 3; i++) {
			UUID again = as(() -> runThroughs.log(coached.trainingId(), new RunThroughDetails(TODAY, null,
					RunThroughFormat.ONLINE, "", List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, 50)),
					Set.of(), "", ""), coached.ana().accountId()));
			as(() -> feedbacks.start(new FeedbackSubject(coached.trainingId(), again, coached.story(),
					coached.ana().accountId()), coached.coach().accountId(), new FeedbackContent(scores(), "", "",
							Verdict.READY), true));
		}
		int mineOfFour = queries(path("/my-feedback"), ana);
		int coachingOfFive = queries(path("/coaching"), coach);

		assertThat(mineOfFour).isEqualTo(mineOfOne);
		assertThat(coachingOfFive).isEqualTo(coachingOfOne);
		// The layout and the people's names, then the feedback, its trainings and their module titles.
		assertThat(mineOfOne).isLessThanOrEqualTo(25);
		// Whom the coach coaches (people, pools, coached trainings and their teams) besides the lists themselves.
		assertThat(coachingOfOne).isLessThanOrEqualTo(50);
	}

	private UUID submitted(UUID moduleKey, Person presenter) {
		return as(() -> feedbacks.start(new FeedbackSubject(coached.trainingId(), runThroughId, moduleKey,
				presenter.accountId()), coached.coach().accountId(), new FeedbackContent(scores(), "Good", "Slow down",
						Verdict.READY), true));
	}

	private static Map<String, Integer> scores() {
		Map<String, Integer> scores = new HashMap<>();
		Rubric.USUAL_KEYS.forEach(key -> scores.put(key, 3));
		return scores;
	}

	private String[] subjectFields(UUID moduleKey, Person presenter, String... more) {
		List<String> fields = new ArrayList<>(List.of("trainingId", coached.trainingId().toString(),
				"runThroughId", runThroughId.toString(), "moduleKey", moduleKey.toString(), "presenterId",
				presenter.accountId().toString()));
		fields.addAll(List.of(more));
		return fields.toArray(String[]::new);
	}

	private static String[] allScored(String score, String... more) {
		List<String> fields = new ArrayList<>();
		Rubric.USUAL_KEYS.forEach(key -> fields.addAll(List.of("scores[" + key + "]", score)));
		fields.addAll(List.of(more));
		return fields.toArray(String[]::new);
	}

	private String newPath(UUID moduleKey, Person presenter) {
		return path("/feedback/new?runThrough=" + runThroughId + "&module=" + moduleKey + "&presenter="
				+ presenter.accountId());
	}

	private int queries(String path, MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private String content(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder postAs(String path, MockHttpSession session, String... fields) {
		MockHttpServletRequestBuilder request = post(path).session(session).with(csrf()).locale(Locale.ENGLISH);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	private String path(String rest) {
		return "/" + coached.organization().slug() + rest;
	}

	private MockHttpSession session(Person person) throws Exception {
		return SignIn.as(mvc, person.email());
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

}
