package org.liminal.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.MutableClock;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Run-throughs are planned and logged for trainings still to come, on the chapter's calendar. */
@SpringBootTest
@RecordApplicationEvents
@Import({ CoachingFixtures.class, MutableClock.Configuration.class })
class RunThroughsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Autowired
	CoachingFixtures fixtures;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	Coached coached;

	@BeforeEach
	void aCoachedTrainingSixWeeksOut() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = fixtures.coached("run-throughs", TODAY.plusWeeks(6));
	}

	@Test
	void aPlannedRunThroughIsLoggedWithItsActualTiming() {
		UUID id = as(() -> runThroughs.plan(coached.trainingId(), plan(TODAY.plusDays(10)), coached.lead().accountId()));
		assertThat(events.stream(RunThroughPlanned.class)).singleElement()
			.satisfies(planned -> assertThat(planned.presenterIds()).containsExactly(coached.ana().accountId(),
					coached.ben().accountId()));

		clock.set(Instant.parse("2026-03-11T23:00:00Z"));
		long version = as(() -> runThroughs.runThrough(id)).version();
		as(() -> {
			runThroughs.logPlanned(id, held(TODAY.plusDays(10), 55, 60), version, coached.coach().accountId());
			return null;
		});

		RunThroughView view = as(() -> runThroughs.runThrough(id));
		assertThat(view.status()).isEqualTo(RunThroughStatus.HELD);
		assertThat(view.loggedBy()).isEqualTo(coached.coach().accountId());
		assertThat(view.plannedBy()).isEqualTo(coached.lead().accountId());
		assertThat(view.parts()).extracting(Presentation::overrunMinutes).containsExactly(10, 0);
		assertThat(view.parts().get(0).overrunPercent()).isEqualTo(22);
		assertThat(view.details().watchers()).containsExactly(coached.coach().accountId());
		assertThat(events.stream(RunThroughHeld.class)).singleElement()
			.satisfies(held -> assertThat(held.runThroughId()).isEqualTo(id));
		assertThat(as(() -> runThroughs.ofTraining(coached.trainingId()))).extracting(RunThroughView::id)
			.containsExactly(id);
	}

	@Test
	void plansAreForTheDaysBetweenTodayAndTheTraining() {
		assertRefused(() -> runThroughs.plan(coached.trainingId(), plan(TODAY.minusDays(1)), coached.lead().accountId()),
				"date", "runThrough.error.planPast");
		assertRefused(() -> runThroughs.plan(coached.trainingId(), plan(TODAY.plusWeeks(7)), coached.lead().accountId()),
				"date", "runThrough.error.afterTraining");
	}

	@Test
	void aLogIsOfTheChaptersPastWithEveryModuleTimed() {
		assertRefused(() -> runThroughs.log(coached.trainingId(), held(TODAY.plusDays(1), 45, 60), coached.ana().accountId()),
				"date", "runThrough.error.logFuture");
		assertRefused(() -> runThroughs.log(coached.trainingId(), plan(TODAY), coached.ana().accountId()), "parts",
				"runThrough.error.actualMissing");
		assertRefused(() -> runThroughs.log(coached.trainingId(), held(TODAY, 0, 60), coached.ana().accountId()),
				"parts", "runThrough.error.minutes");
		assertThat(as(() -> runThroughs.ofTraining(coached.trainingId()))).isEmpty();
	}

	@Test
	void partsAreModulesOfTheTrainingPresentedByMembersOnce() {
		Presentation story = new Presentation(coached.story(), coached.ana().accountId(), 45, 45);
		assertRefused(() -> runThroughs.log(coached.trainingId(), details(TODAY, List.of(story, story)),
				coached.ana().accountId()), "parts", "runThrough.error.repeatedPart");
		assertRefused(() -> runThroughs.log(coached.trainingId(),
				details(TODAY, List.of(new Presentation(UUID.randomUUID(), coached.ana().accountId(), 45, 45))),
				coached.ana().accountId()), "parts", "runThrough.error.unknownModule");
		assertRefused(() -> runThroughs.log(coached.trainingId(),
				details(TODAY, List.of(new Presentation(coached.story(), UUID.randomUUID(), 45, 45))),
				coached.ana().accountId()), "parts", "runThrough.error.unknownPresenter");
		assertRefused(() -> runThroughs.log(coached.trainingId(), details(TODAY, List.of()), coached.ana().accountId()),
				"parts", "runThrough.error.noParts");
	}

	@Test
	void aStaleFormIsAConflictAndACancelledPlanStaysCancelled() {
		UUID id = as(() -> runThroughs.plan(coached.trainingId(), plan(TODAY.plusDays(3)), coached.lead().accountId()));
		long planned = as(() -> runThroughs.runThrough(id)).version();
		as(() -> {
			runThroughs.change(id, plan(TODAY.plusDays(4)), planned);
			return null;
		});
		assertRefused(() -> {
			runThroughs.change(id, plan(TODAY.plusDays(5)), planned);
			return null;
		}, null, "runThrough.error.conflict");
		assertThat(events.stream(RunThroughPlanned.class)).extracting(RunThroughPlanned::date)
			.containsExactly(TODAY.plusDays(3), TODAY.plusDays(4));

		long version = as(() -> runThroughs.runThrough(id)).version();
		as(() -> {
			runThroughs.cancel(id, version);
			return null;
		});
		assertThat(events.stream(RunThroughCancelled.class)).hasSize(1);
		assertRefused(() -> {
			runThroughs.change(id, plan(TODAY.plusDays(5)), as(() -> runThroughs.runThrough(id)).version());
			return null;
		}, null, "runThrough.error.cancelled");
	}

	@Test
	void anotherOrganizationsRunThroughIsNotFound() {
		UUID id = as(() -> runThroughs.plan(coached.trainingId(), plan(TODAY.plusDays(3)), coached.lead().accountId()));
		Coached other = fixtures.coached("run-throughs-other", TODAY.plusWeeks(6));
		assertThatThrownBy(() -> TenantContext.callAsOrganization(other.organization().id(),
				() -> runThroughs.runThrough(id))).isInstanceOf(RunThroughNotFound.class);
	}

	private RunThroughDetails plan(LocalDate date) {
		return details(date, List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, null),
				new Presentation(coached.change(), coached.ben().accountId(), 60, null)));
	}

	private RunThroughDetails held(LocalDate date, int storyMinutes, int changeMinutes) {
		return details(date, List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, storyMinutes),
				new Presentation(coached.change(), coached.ben().accountId(), 60, changeMinutes)));
	}

	private RunThroughDetails details(LocalDate date, List<Presentation> parts) {
		return new RunThroughDetails(date, LocalTime.of(18, 30), RunThroughFormat.ONLINE, "", parts,
				Set.of(coached.coach().accountId()), "Went well", "Too long on my story");
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
