package org.liminal.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The lifecycle and staffing rules of trainings, with the clock set so that "today" is known in every
 * chapter's time zone.
 */
@SpringBootTest
@RecordApplicationEvents
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class })
class TrainingsTests {

	/** 06:00 UTC on 1 March 2026: already 1 March in Boston, still 28 February in Los Angeles. */
	static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures fixturesOfTrainings;

	@Autowired
	Trainings trainings;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	MutableClock clock;

	@Autowired
	SignUpLinks signUpLinks;

	@Autowired
	ApplicationEvents events;

	OrganizationSummary organization;

	Person ana;

	Person ben;

	Person coach;

	UUID programId;

	UUID chapterId;

	@BeforeEach
	void aChapterAndAProgram() {
		clock.set(NOW);
		organization = fixtures.organization("trainings");
		ana = fixtures.member(organization, OrganizationRole.TRAINER);
		ben = fixtures.member(organization, OrganizationRole.TRAINER, OrganizationRole.COACH);
		coach = fixtures.member(organization, OrganizationRole.COACH);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = fixturesOfTrainings.chapter(organization, "America/New_York", Set.of(),
				Set.of(ana.accountId(), ben.accountId()));
	}

	@Test
	void aTrainingIsADraftUntilScheduledAndThenTellsOtherModules() {
		UUID trainingId = fixturesOfTrainings.draft(organization, chapterId, programId, LocalDate.of(2026, 4, 20));

		TrainingView draft = as(() -> trainings.training(trainingId));
		assertThat(draft.status()).isEqualTo(TrainingStatus.DRAFT);
		assertThat(draft.days()).containsExactly(new TrainingDay(1, LocalDate.of(2026, 4, 20), LocalTime.of(10, 0),
				LocalTime.of(11, 45)));
		assertThat(events.stream(TrainingScheduled.class)).isEmpty();

		as(() -> trainings.schedule(trainingId, draft.version()));

		TrainingView scheduled = as(() -> trainings.training(trainingId));
		assertThat(scheduled.status()).isEqualTo(TrainingStatus.SCHEDULED);
		assertThat(scheduled.leadDaysAtScheduling()).isEqualTo(50);
		assertThat(scheduled.isCompressed()).isFalse();
		assertThat(events.stream(TrainingScheduled.class)).singleElement().satisfies(event -> {
			assertThat(event.organizationId()).isEqualTo(organization.id());
			assertThat(event.dates()).containsExactly(LocalDate.of(2026, 4, 20));
			assertThat(event.zone().getId()).isEqualTo("America/New_York");
			assertThat(event.compressed()).isFalse();
		});
	}

	@Test
	void underSixWeeksIsACompressedPreparation() {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 11));

		TrainingView training = as(() -> trainings.training(trainingId));

		assertThat(training.leadDaysAtScheduling()).isEqualTo(41);
		assertThat(training.isCompressed()).isTrue();
		assertThat(events.stream(TrainingScheduled.class)).singleElement()
			.satisfies(event -> assertThat(event.compressed()).isTrue());
	}

	@Test
	void todayIsTheChapterLocalDate() {
		UUID losAngeles = fixturesOfTrainings.chapter(organization, "America/Los_Angeles", Set.of(), Set.of());
		LocalDate february28 = LocalDate.of(2026, 2, 28);

		UUID trainingId = fixturesOfTrainings.draft(organization, losAngeles, programId, february28);
		assertThat(as(() -> trainings.training(trainingId)).leadTime().days()).isZero();

		assertThatThrownBy(() -> fixturesOfTrainings.draft(organization, chapterId, programId, february28))
			.isInstanceOfSatisfying(TrainingChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("training.error.past"));
	}

	@Test
	void todayTurnsAtTheChaptersOwnMidnight() {
		java.time.ZoneId boston = java.time.ZoneId.of("America/New_York");

		clock.set(Instant.parse("2026-03-01T04:59:00Z"));
		assertThat(trainings.today(boston)).isEqualTo(LocalDate.of(2026, 2, 28));
		clock.set(Instant.parse("2026-03-01T05:00:00Z"));
		assertThat(trainings.today(boston)).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(trainings.today(java.time.ZoneId.of("Asia/Kolkata"))).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void aStartTheClocksSkipIsRefusedButTheNightTheyGoBackIsFine() {
		UUID chicago = fixturesOfTrainings.chapter(organization, "America/Chicago", Set.of(), Set.of());
		CurriculumView version = as(() -> programs.latestPublished(programId).orElseThrow());
		LocalDate springForward = LocalDate.of(2026, 3, 8);

		assertThatThrownBy(() -> as(() -> trainings.create(chicago, version.versionId(),
				new Dates(springForward, List.of(LocalTime.of(2, 30))), TrainingFixtures.details())))
			.isInstanceOfSatisfying(TrainingChangeRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("training.error.skippedTime");
				assertThat(refused.field()).isEqualTo("startTimes[0]");
			});
		UUID early = as(() -> trainings.create(chicago, version.versionId(),
				new Dates(springForward, List.of(LocalTime.of(1, 30))), TrainingFixtures.details()));
		UUID fallBack = as(() -> trainings.create(chicago, version.versionId(),
				new Dates(LocalDate.of(2026, 11, 1), List.of(LocalTime.of(1, 30))), TrainingFixtures.details()));

		// Days are kept in the chapter's clock time, as the agenda is read on the day.
		assertThat(as(() -> trainings.training(early)).days().get(0).endsAt()).isEqualTo(LocalTime.of(3, 15));
		assertThat(as(() -> trainings.training(fallBack)).days().get(0).startsAt()).isEqualTo(LocalTime.of(1, 30));
	}

	@Test
	void aDayThatWouldRunPastMidnightIsRefused() {
		CurriculumView version = as(() -> programs.latestPublished(programId).orElseThrow());

		assertThatThrownBy(() -> as(() -> trainings.create(chapterId, version.versionId(),
				new Dates(LocalDate.of(2026, 5, 1), List.of(LocalTime.of(23, 0))), TrainingFixtures.details())))
			.isInstanceOfSatisfying(TrainingChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("training.error.pastMidnight"));
	}

	@Test
	void nobodyHoldsTwoSeatsAtTheSameTime() {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 5, 4));
		StaffingPlan plan = as(() -> trainings.staffingPlan(trainingId));
		Seat story = plan.seats().get(2).seat();
		Seat change = plan.seats().get(3).seat();
		Seat welcomer = plan.seats().stream().filter(s -> s.seat().post() == Post.DAY_OF_ROLE).findFirst().orElseThrow().seat();

		// Presenting two modules one after the other is fine; being the welcomer meanwhile is not.
		staff(trainingId, Map.of(Seat.leadTrainer(), ana.accountId(), story, ana.accountId(), change, ana.accountId(),
				Seat.coach(), coach.accountId()));
		assertThatThrownBy(() -> staff(trainingId, Map.of(story, ana.accountId(), welcomer, ana.accountId())))
			.isInstanceOfSatisfying(StaffingRefused.class, refused -> {
				assertThat(refused.clashes()).singleElement().satisfies(clash -> {
					assertThat(clash.person().accountId()).isEqualTo(ana.accountId());
					assertThat(clash.first().seat()).isEqualTo(story);
					assertThat(clash.second().seat()).isEqualTo(welcomer);
				});
			});

		TrainingView training = as(() -> trainings.training(trainingId));
		assertThat(training.filledSeats()).isEqualTo(4);
		assertThat(training.seatsOf(Post.MODULE)).allSatisfy(seat -> {
			assertThat(seat.holder().accountId()).isEqualTo(ana.accountId());
			assertThat(seat.plan().busy()).hasSize(1);
		});
		assertThat(training.seatsOf(Post.MODULE).get(0).plan().busy().get(0).start())
			.isEqualTo(LocalDateTime.of(2026, 5, 4, 10, 0));
		assertThat(events.stream(StaffAssigned.class)).hasSize(4);
	}

	@Test
	void seatsNeedTheRightRole() {
		UUID trainingId = fixturesOfTrainings.draft(organization, chapterId, programId, LocalDate.of(2026, 5, 4));

		assertThatThrownBy(() -> staff(trainingId, Map.of(Seat.coach(), ana.accountId())))
			.isInstanceOfSatisfying(TrainingChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("training.error.notEligible.COACH"));
		assertThatThrownBy(() -> staff(trainingId, Map.of(Seat.leadTrainer(), coach.accountId())))
			.isInstanceOf(TrainingChangeRefused.class);
		assertThatThrownBy(() -> staff(trainingId, Map.of(Seat.module(UUID.randomUUID(), 1), ana.accountId())))
			.isInstanceOfSatisfying(TrainingChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("training.error.noSuchSeat"));
	}

	@Test
	void reschedulingKeepsTheTeamAndSaysWhatMoved() {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 5, 4));
		staff(trainingId, Map.of(Seat.leadTrainer(), ana.accountId()));

		as(() -> trainings.reschedule(trainingId, new Dates(LocalDate.of(2026, 5, 11), List.of(LocalTime.of(9, 30))),
				trainings.training(trainingId).version()));

		TrainingView training = as(() -> trainings.training(trainingId));
		assertThat(training.days()).containsExactly(new TrainingDay(1, LocalDate.of(2026, 5, 11), LocalTime.of(9, 30),
				LocalTime.of(11, 15)));
		assertThat(training.seatsOf(Post.LEAD_TRAINER).get(0).holder().accountId()).isEqualTo(ana.accountId());
		assertThat(events.stream(TrainingRescheduled.class)).singleElement().satisfies(event -> {
			assertThat(event.previousDates()).containsExactly(LocalDate.of(2026, 5, 4));
			assertThat(event.dates()).containsExactly(LocalDate.of(2026, 5, 11));
		});
	}

	@Test
	void cancellingNeedsAReasonAndClosesTheTraining() {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 5, 4));
		long version = as(() -> trainings.training(trainingId)).version();

		assertThatThrownBy(() -> as(() -> trainings.cancel(trainingId, "  ", version)))
			.isInstanceOfSatisfying(TrainingChangeRefused.class, refused -> assertThat(refused.field()).isEqualTo("reason"));
		as(() -> trainings.cancel(trainingId, "The venue fell through", version));

		TrainingView training = as(() -> trainings.training(trainingId));
		assertThat(training.status()).isEqualTo(TrainingStatus.CANCELLED);
		assertThat(training.cancelReason()).isEqualTo("The venue fell through");
		assertThat(events.stream(TrainingCancelled.class)).hasSize(1);
		assertThatThrownBy(() -> staff(trainingId, Map.of(Seat.leadTrainer(), ana.accountId())))
			.isInstanceOf(TrainingChangeRefused.class);
	}

	@Test
	void aTrainingIsCompletedFromItsFirstDayOn() {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 10));

		assertThatThrownBy(() -> as(() -> trainings.complete(trainingId, trainings.training(trainingId).version())))
			.isInstanceOfSatisfying(TrainingChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("training.error.notHeldYet"));
		clock.set(Instant.parse("2026-03-10T14:00:00Z"));
		as(() -> trainings.complete(trainingId, trainings.training(trainingId).version()));

		assertThat(as(() -> trainings.training(trainingId)).status()).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(events.stream(TrainingCompleted.class)).hasSize(1);
	}

	@Test
	void eachTrainingHasItsOwnUnguessableSignUpTokenFoundOnlyInItsOrganization() {
		UUID first = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 10));
		UUID second = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 17));

		Map<UUID, String> tokens = as(() -> signUpLinks.tokensOf(List.of(first, second)));
		assertThat(tokens.get(first)).matches("[0-9a-f]{64}").isNotEqualTo(tokens.get(second));
		assertThat(as(() -> signUpLinks.trainingOf(tokens.get(first)))).contains(first);
		assertThat(as(() -> signUpLinks.trainingOf(tokens.get(first).toUpperCase()))).isEmpty();
		assertThat(as(() -> signUpLinks.trainingOf("short"))).isEmpty();
		OrganizationSummary other = fixtures.organization("trainings-tokens-other");
		assertThat(TenantContext.callAsOrganization(other.id(), () -> signUpLinks.trainingOf(tokens.get(first))))
			.isEmpty();
	}

	@Test
	void movingToANewerVersionKeepsTheSeatsItStillHas() {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 5, 4));
		StaffingPlan plan = as(() -> trainings.staffingPlan(trainingId));
		SeatPlan story = plan.seats().get(2);
		SeatPlan change = plan.seats().get(3);
		staff(trainingId, Map.of(Seat.leadTrainer(), ana.accountId(), story.seat(), ana.accountId(), change.seat(),
				ben.accountId()));
		// Version 2 drops the second module.
		UUID version2 = as(() -> {
			programs.startDraft(programId);
			CurriculumView draft = programs.draft(programId);
			modules.remove(programId, draft.modules().stream()
				.filter(module -> module.key().equals(change.seat().moduleKey()))
				.findFirst()
				.orElseThrow()
				.id());
			programs.publish(programId, programs.draft(programId).version());
			return programs.latestPublished(programId).orElseThrow().versionId();
		});

		VersionMove move = as(() -> trainings.moveToVersion(trainingId, version2, trainings.training(trainingId).version()));

		assertThat(move.fromNumber()).isEqualTo(1);
		assertThat(move.toNumber()).isEqualTo(2);
		assertThat(move.unmapped()).singleElement().satisfies(seat -> {
			assertThat(seat.seat()).isEqualTo(change.seat());
			assertThat(seat.holder().accountId()).isEqualTo(ben.accountId());
		});
		TrainingView training = as(() -> trainings.training(trainingId));
		assertThat(training.versionNumber()).isEqualTo(2);
		assertThat(training.seatsOf(Post.MODULE)).singleElement()
			.satisfies(seat -> assertThat(seat.holder().accountId()).isEqualTo(ana.accountId()));
		assertThat(events.stream(TrainingMovedToVersion.class)).hasSize(1);
		assertThat(events.stream(StaffUnassigned.class)).singleElement()
			.satisfies(event -> assertThat(event.accountId()).isEqualTo(ben.accountId()));
	}

	@Test
	void someoneOnTwoTrainingsTheSameDayIsAWarning() {
		UUID first = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 5, 4));
		UUID otherChapter = fixturesOfTrainings.chapter(organization, "America/Chicago", Set.of(), Set.of());
		UUID second = fixturesOfTrainings.draft(organization, otherChapter, programId, LocalDate.of(2026, 5, 4));
		staff(first, Map.of(Seat.leadTrainer(), ana.accountId()));
		staff(second, Map.of(Seat.leadTrainer(), ana.accountId()));

		TrainingView training = as(() -> trainings.training(first));

		assertThat(training.doubleBookings()).singleElement().satisfies(booking -> {
			assertThat(booking.person().accountId()).isEqualTo(ana.accountId());
			assertThat(booking.otherTrainingId()).isEqualTo(second);
			assertThat(booking.date()).isEqualTo(LocalDate.of(2026, 5, 4));
		});
	}

	@Test
	void aStaleChangeIsAConflict() {
		UUID trainingId = fixturesOfTrainings.draft(organization, chapterId, programId, LocalDate.of(2026, 5, 4));
		long seen = as(() -> trainings.training(trainingId)).version();
		TrainingDetails online = new TrainingDetails("", "https://meet.example.org/core", 25, "en", false, "");
		as(() -> trainings.change(trainingId, Optional.empty(), online, seen));

		assertThatThrownBy(() -> as(() -> trainings.change(trainingId, Optional.empty(), TrainingFixtures.details(), seen)))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	private void staff(UUID trainingId, Map<Seat, UUID> team) {
		as(() -> trainings.staff(trainingId, team, trainings.training(trainingId).version()));
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	private void as(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

}
