package org.liminal.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A training held before Liminal knew of it is recorded by replaying its history, under the same rules. */
@SpringBootTest
@RecordApplicationEvents
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class })
class PastTrainingsTests {

	/** Noon on 1 March 2026 in Boston. */
	static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");

	static final LocalDate LAST_MONTH = LocalDate.of(2026, 2, 7);

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures fixturesOfTrainings;

	@Autowired
	Trainings trainings;

	@Autowired
	PastTrainings pastTrainings;

	@Autowired
	Programs programs;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	UUID chapterId;

	CurriculumView version;

	@BeforeEach
	void aChapterAndAProgram() {
		clock.set(NOW);
		organization = fixtures.organization("past");
		chapterId = fixturesOfTrainings.chapter(organization, "America/New_York", Set.of(), Set.of());
		UUID programId = curriculum.publishedProgram(organization, "Core");
		version = as(() -> programs.latestPublished(programId).orElseThrow());
	}

	@Test
	void aTrainingHeldLastMonthIsScheduledAsOfItsPreparationAndCompletedAsOfItsDay() {
		assertThatThrownBy(() -> as(() -> trainings.create(chapterId, version.versionId(), dates(LAST_MONTH),
				TrainingFixtures.details())))
			.isInstanceOfSatisfying(TrainingChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("training.error.past"));

		UUID trainingId = as(() -> pastTrainings.asOf(Instant.parse("2025-12-20T17:00:00Z"), then -> {
			UUID id = then.create(chapterId, version.versionId(), dates(LAST_MONTH), TrainingFixtures.details());
			then.schedule(id, then.training(id).version());
			return id;
		}));
		as(() -> pastTrainings.asOf(Instant.parse("2026-02-07T23:00:00Z"), then -> {
			then.complete(trainingId, then.training(trainingId).version());
			return trainingId;
		}));

		TrainingView held = as(() -> trainings.training(trainingId));
		assertThat(held.status()).isEqualTo(TrainingStatus.COMPLETED);
		assertThat(held.leadDaysAtScheduling()).isEqualTo(49);
		assertThat(held.isCompressed()).isFalse();
	}

	@Test
	void theRulesOfThatDayStillApply() {
		assertThatThrownBy(() -> as(() -> pastTrainings.asOf(Instant.parse("2026-02-10T17:00:00Z"),
				then -> then.create(chapterId, version.versionId(), dates(LAST_MONTH), TrainingFixtures.details()))))
			.isInstanceOfSatisfying(TrainingChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("training.error.past"));

		UUID upcoming = fixturesOfTrainings.scheduled(organization, chapterId, version.programId(),
				LocalDate.of(2026, 3, 20));
		assertThatThrownBy(() -> as(() -> pastTrainings.asOf(NOW.minus(Duration.ofDays(1)), then -> {
			then.complete(upcoming, then.training(upcoming).version());
			return upcoming;
		}))).isInstanceOfSatisfying(TrainingChangeRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("training.error.notHeldYet"));
	}

	@Test
	void onlyThePastCanBeReplayed() {
		for (Instant notPast : List.of(NOW, NOW.plusSeconds(3600))) {
			assertThatThrownBy(() -> as(() -> pastTrainings.asOf(notPast, then -> then.today(clock.getZone()))))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	private Dates dates(LocalDate firstDay) {
		return new Dates(firstDay, version.agenda().stream().map(day -> LocalTime.of(10, 0)).toList());
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
