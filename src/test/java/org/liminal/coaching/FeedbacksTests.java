package org.liminal.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Coaches score presenters on the rubric, trainers are told, acknowledge and reply once; nobody else reads it. */
@SpringBootTest
@RecordApplicationEvents
@Import({ CoachingFixtures.class, MutableClock.Configuration.class })
class FeedbacksTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

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
	CoachingLoads loads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	Coached coached;

	UUID runThroughId;

	@BeforeEach
	void aHeldRunThroughOfACoachedTraining() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = fixtures.coached("feedbacks", TODAY.plusWeeks(6));
		runThroughId = as(() -> runThroughs.log(coached.trainingId(), new RunThroughDetails(TODAY, LocalTime.of(18, 0),
				RunThroughFormat.ONLINE, "", List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, 55),
						new Presentation(coached.change(), coached.ben().accountId(), 60, 60)),
				Set.of(coached.coach().accountId()), "", ""), coached.coach().accountId()));
	}

	@Test
	void aDraftIsSubmittedTheTrainerIsToldAcknowledgesAndRepliesOnce() {
		UUID id = as(() -> feedbacks.start(anasStory(), coach(), content(Map.of("timing", 2), null), false));
		assertThat(letters()).isZero();

		long version = as(() -> feedbacks.visibleTo(id, reader(coached.coach()))).version();
		as(() -> {
			feedbacks.change(id, coach(), content(allScored(3), Verdict.READY_WITH_CHANGES), version, true);
			return null;
		});

		FeedbackView submitted = as(() -> feedbacks.visibleTo(id, reader(coached.ana())));
		assertThat(submitted.status()).isEqualTo(FeedbackStatus.SUBMITTED);
		assertThat(submitted.verdict()).isEqualTo(Verdict.READY_WITH_CHANGES);
		assertThat(submitted.scores()).containsEntry("timing", 3).hasSize(5);
		assertThat(letters()).isEqualTo(1);
		assertThat(events.stream(FeedbackSubmitted.class)).singleElement().satisfies(event -> {
			assertThat(event.presenterId()).isEqualTo(coached.ana().accountId());
			assertThat(event.runThroughId()).isEqualTo(runThroughId);
			assertThat(event.verdict()).isEqualTo(Verdict.READY_WITH_CHANGES);
		});

		as(() -> {
			feedbacks.acknowledge(id, coached.ana().accountId());
			feedbacks.reply(id, coached.ana().accountId(), "Thanks, I will cut the second story.");
			return null;
		});
		FeedbackView answered = as(() -> feedbacks.visibleTo(id, reader(coached.coach())));
		assertThat(answered.isAcknowledged()).isTrue();
		assertThat(answered.reply()).isEqualTo("Thanks, I will cut the second story.");
		assertRefused(() -> {
			feedbacks.reply(id, coached.ana().accountId(), "And one more thing");
			return null;
		}, "reply", "feedback.error.replied");
		assertRefused(() -> {
			feedbacks.acknowledge(id, coached.ana().accountId());
			return null;
		}, null, "feedback.error.acknowledged");
		assertThat(as(() -> feedbacks.historyOf(coached.ana().accountId()))).extracting(FeedbackView::id)
			.containsExactly(id);
	}

	@Test
	void scoresAreOneToFourOnTheActiveCriteriaAndASubmissionNeedsThemAllAndAVerdict() {
		Map<String, Integer> zero = allScored(3);
		zero.put("timing", 0);
		assertRefused(() -> feedbacks.start(anasStory(), coach(), content(zero, Verdict.READY), true), "scores[timing]",
				"feedback.error.scoreRange");
		Map<String, Integer> five = allScored(3);
		five.put("presence", 5);
		assertRefused(() -> feedbacks.start(anasStory(), coach(), content(five, Verdict.READY), false),
				"scores[presence]", "feedback.error.scoreRange");
		Map<String, Integer> missing = allScored(3);
		missing.remove("alignment");
		assertRefused(() -> feedbacks.start(anasStory(), coach(), content(missing, Verdict.READY), true),
				"scores[alignment]", "feedback.error.scoreMissing");
		Map<String, Integer> unknown = allScored(3);
		unknown.put("charisma", 4);
		assertRefused(() -> feedbacks.start(anasStory(), coach(), content(unknown, Verdict.READY), false), "scores",
				"feedback.error.unknownCriterion");
		assertRefused(() -> feedbacks.start(anasStory(), coach(), content(allScored(2), null), true), "verdict",
				"feedback.error.verdictRequired");
		assertThat(as(() -> feedbacks.existing(anasStory(), coach()))).isEmpty();
	}

	@Test
	void feedbackIsOnAHeldPartOrADeliveredModuleSeat() {
		FeedbackSubject notAPart = new FeedbackSubject(coached.trainingId(), runThroughId, coached.change(),
				coached.ana().accountId());
		assertThatThrownBy(() -> as(() -> feedbacks.start(notAPart, coach(), content(Map.of(), null), false)))
			.isInstanceOf(FeedbackNotFound.class);
		FeedbackSubject upcoming = new FeedbackSubject(coached.trainingId(), null, coached.story(),
				coached.ana().accountId());
		assertRefused(() -> feedbacks.start(upcoming, coach(), content(Map.of(), null), false), null,
				"feedback.error.notDelivered");

		clock.set(Instant.parse("2026-04-13T15:00:00Z"));
		UUID onTheDay = as(() -> feedbacks.start(upcoming, coach(), content(allScored(4), Verdict.READY), true));
		assertThat(as(() -> feedbacks.latestVerdictsOnTrainings(List.of(coached.trainingId()))))
			.singleElement()
			.satisfies(latest -> {
				assertThat(latest.feedbackId()).isEqualTo(onTheDay);
				assertThat(latest.verdict()).isEqualTo(Verdict.READY);
			});
		FeedbackSubject carlaHoldsNoSeat = new FeedbackSubject(coached.trainingId(), null, coached.story(),
				coached.carla().accountId());
		assertThatThrownBy(() -> as(() -> feedbacks.start(carlaHoldsNoSeat, coach(), content(Map.of(), null), false)))
			.isInstanceOf(FeedbackNotFound.class);
	}

	@Test
	void aSecondStartForTheSamePartFindsTheFirst() {
		UUID id = as(() -> feedbacks.start(anasStory(), coach(), content(Map.of(), null), false));
		assertThat(as(() -> feedbacks.existing(anasStory(), coach()))).map(FeedbackView::id).contains(id);
		assertRefused(() -> feedbacks.start(anasStory(), coach(), content(Map.of(), null), false), null,
				"feedback.error.exists");
	}

	@Test
	void feedbackIsConfidential() {
		UUID draft = as(() -> feedbacks.start(anasStory(), coach(), content(Map.of(), null), false));
		assertThatThrownBy(() -> as(() -> feedbacks.visibleTo(draft, reader(coached.ana()))))
			.isInstanceOf(FeedbackNotFound.class);
		assertThatThrownBy(() -> as(() -> feedbacks.visibleTo(draft, reader(coached.lead()))))
			.isInstanceOf(FeedbackNotFound.class);
		long version = as(() -> feedbacks.visibleTo(draft, reader(coached.coach()))).version();
		as(() -> {
			feedbacks.change(draft, coach(), content(allScored(2), Verdict.ANOTHER_RUN_THROUGH), version, true);
			return null;
		});

		Person otherLead = people.member(coached.organization(), OrganizationRole.CHAPTER_LEAD);
		trainingFixtures.chapter(coached.organization(), "America/Chicago", Set.of(otherLead.accountId()), Set.of());
		Person otherCoach = people.member(coached.organization(), OrganizationRole.COACH);
		Person organizer = people.member(coached.organization(), OrganizationRole.ORGANIZER);
		for (Person stranger : List.of(coached.carla(), coached.ben(), otherLead, otherCoach)) {
			assertThatThrownBy(() -> as(() -> feedbacks.visibleTo(draft, reader(stranger))))
				.as(stranger.email())
				.isInstanceOf(FeedbackNotFound.class);
		}
		for (Person reader : List.of(coached.ana(), coached.coach(), coached.lead(), organizer)) {
			assertThat(as(() -> feedbacks.visibleTo(draft, reader(reader))).id()).isEqualTo(draft);
		}
		assertRefused(() -> {
			feedbacks.acknowledge(draft, coached.coach().accountId());
			return null;
		}, null, "feedback.error.presenterOnly");
		assertThatThrownBy(() -> TenantContext.callAsOrganization(
				fixtures.coached("feedbacks-other", TODAY.plusWeeks(6)).organization().id(),
				() -> feedbacks.visibleTo(draft, reader(organizer))))
			.isInstanceOf(FeedbackNotFound.class);
	}

	@Test
	void aStaleDraftIsAConflict() {
		UUID id = as(() -> feedbacks.start(anasStory(), coach(), content(Map.of(), null), false));
		long version = as(() -> feedbacks.visibleTo(id, reader(coached.coach()))).version();
		as(() -> {
			feedbacks.change(id, coach(), content(Map.of("timing", 2), null), version, false);
			return null;
		});
		assertRefused(() -> {
			feedbacks.change(id, coach(), content(Map.of("timing", 3), null), version, false);
			return null;
		}, null, "feedback.error.conflict");
	}

	@Test
	void aCoachsFeedbackInAPeriodIsWhatTheDashboardCountsForThem() {
		clock.set(Instant.parse("2026-03-01T23:59:59Z"));
		UUID lastMoment = as(() -> feedbacks.start(anasStory(), coach(), content(allScored(3), Verdict.READY), true));
		clock.set(Instant.parse("2026-03-02T00:00:00Z"));
		UUID draft = as(() -> feedbacks.start(new FeedbackSubject(coached.trainingId(), runThroughId, coached.change(),
				coached.ben().accountId()), coach(), content(Map.of(), null), false));

		for (LocalDate day : List.of(TODAY, TODAY.plusDays(1))) {
			CoachFeedback mine = as(() -> feedbacks.ofCoach(coach(), new CoachingPeriod(day, day)));
			assertThat(as(() -> loads.between(day, day))).as("the dashboard's figures on %s", day)
				.contains(mine.load());
			assertThat(mine.drafts()).extracting(FeedbackView::id).containsExactly(draft);
		}
		CoachFeedback firstOfMarch = as(() -> feedbacks.ofCoach(coach(), new CoachingPeriod(TODAY, TODAY)));
		assertThat(firstOfMarch.given()).extracting(FeedbackView::id).containsExactly(lastMoment);
		assertThat(firstOfMarch.load()).isEqualTo(new CoachingLoad(coach(), 1, 1, 1));
		assertThat(as(() -> feedbacks.ofCoach(coach(), new CoachingPeriod(TODAY.plusDays(1), TODAY.plusDays(1))))
			.given()).isEmpty();
		assertThatThrownBy(() -> new CoachingPeriod(TODAY, TODAY.minusDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private FeedbackSubject anasStory() {
		return new FeedbackSubject(coached.trainingId(), runThroughId, coached.story(), coached.ana().accountId());
	}

	private UUID coach() {
		return coached.coach().accountId();
	}

	private static FeedbackReader reader(Person person) {
		return new FeedbackReader(person.accountId(), EnumSet.copyOf(person.member().roles()));
	}

	private static Map<String, Integer> allScored(int score) {
		Map<String, Integer> scores = new HashMap<>();
		Rubric.USUAL_KEYS.forEach(key -> scores.put(key, score));
		return scores;
	}

	private static FeedbackContent content(Map<String, Integer> scores, Verdict verdict) {
		return new FeedbackContent(scores, "Clear story", "Watch the time", verdict);
	}

	private long letters() {
		return as(() -> jdbc.sql("select count(*) from mail_letter where to_address = ?")
			.param(coached.ana().email())
			.query(Long.class)
			.single());
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

	private void assertRefused(Supplier<?> work, String field, String messageKey) {
		assertThatThrownBy(() -> as(work)).isInstanceOfSatisfying(CoachingChangeRefused.class, refused -> {
			assertThat(refused.field()).isEqualTo(field);
			assertThat(refused.messageKey()).isEqualTo(messageKey);
		});
	}

}
