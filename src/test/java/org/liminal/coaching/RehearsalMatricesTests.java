package org.liminal.coaching;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.liminal.preparation.Readiness;
import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rehearsal matrix of a training ten days out: Ana presents "story", Ben "change"; run-throughs and verdicts
 * fill the cells, and the training's readiness follows.
 */
@SpringBootTest
@Import({ CoachingFixtures.class, MutableClock.Configuration.class })
class RehearsalMatricesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Autowired
	CoachingFixtures fixtures;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	RehearsalMatrices matrices;

	@Autowired
	TrainingReadiness readiness;

	@Autowired
	Trainings trainings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Coached coached;

	@BeforeEach
	void aCoachedTrainingTenDaysOut() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = fixtures.coached("rehearsals", TODAY.plusDays(10));
	}

	@Test
	void cellsFillAsPresentersRunThroughAndCoachesSignThemOff() {
		RehearsalMatrix empty = as(() -> matrices.matrix(trainings.training(coached.trainingId())));
		assertThat(empty.rows()).extracting(RehearsalMatrix.Row::moduleTitle)
			.containsExactly("Story of self", "Theory of change");
		assertThat(empty.rehearsals()).isEqualTo(new Rehearsals(2, 0, 0));
		assertThat(reasons()).contains("readiness.reason.notRunThrough");
		assertThat(level()).isEqualTo(Readiness.Level.AT_RISK);

		UUID runThrough = logStoryAndChange(TODAY.minusDays(1));
		submit(runThrough, coached.story(), coached.ana().accountId(), "READY", "2026-03-01T10:00:00Z");
		submit(runThrough, coached.change(), coached.ben().accountId(), "ANOTHER_RUN_THROUGH", "2026-03-01T10:00:00Z");

		RehearsalMatrix matrix = as(() -> matrices.matrix(trainings.training(coached.trainingId())));
		RehearsalMatrix.Cell ana = matrix.rows().get(0).cells().get(0);
		assertThat(ana.presenterName()).isEqualTo(coached.ana().account().displayName());
		assertThat(ana.lastRunThrough()).isEqualTo(TODAY.minusDays(1));
		assertThat(ana.verdict()).isEqualTo(Verdict.READY);
		assertThat(ana.coachId()).isEqualTo(coached.coach().accountId());
		assertThat(ana.coachName()).isEqualTo(coached.coach().account().displayName());
		RehearsalMatrix.Cell ben = matrix.rows().get(1).cells().get(0);
		assertThat(ben.isRunThrough()).isTrue();
		assertThat(ben.isSignedOff()).isFalse();
		assertThat(matrix.rehearsals()).isEqualTo(new Rehearsals(2, 2, 1));
		assertThat(reasons()).doesNotContain("readiness.reason.notRunThrough").contains("readiness.reason.notSignedOff");

		submit(runThrough, coached.change(), coached.ben().accountId(), "READY_WITH_CHANGES", "2026-03-01T11:00:00Z");
		assertThat(as(() -> matrices.rehearsals(List.of(coached.trainingId())))).containsEntry(coached.trainingId(),
				new Rehearsals(2, 2, 2));
		assertThat(reasons()).doesNotContain("readiness.reason.notRunThrough", "readiness.reason.notSignedOff");
	}

	@Test
	void aPlannedRunThroughAndADraftVerdictCountForNothing() {
		UUID planned = as(() -> runThroughs.plan(coached.trainingId(), details(TODAY.plusDays(2), null),
				coached.lead().accountId()));
		insertFeedback(planned, coached.story(), coached.ana().accountId(), "DRAFT", "READY", null);
		assertThat(as(() -> matrices.rehearsals(List.of(coached.trainingId())))).containsEntry(coached.trainingId(),
				new Rehearsals(2, 0, 0));
	}

	@Test
	void farFromTheTrainingRehearsalsAreNotYetAReason() {
		Coached later = fixtures.coached("rehearsals-later", TODAY.plusDays(40));
		assertThat(TenantContext.callAsOrganization(later.organization().id(),
				() -> readiness.of(trainings.training(later.trainingId())).orElseThrow().reasons()))
			.extracting(Readiness.Reason::messageKey)
			.doesNotContain("readiness.reason.notRunThrough", "readiness.reason.notSignedOff");
	}

	private UUID logStoryAndChange(LocalDate date) {
		return as(() -> runThroughs.log(coached.trainingId(), details(date, 50), coached.coach().accountId()));
	}

	private RunThroughDetails details(LocalDate date, Integer actual) {
		return new RunThroughDetails(date, LocalTime.of(18, 0), RunThroughFormat.IN_PERSON, "Union hall",
				List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, actual),
						new Presentation(coached.change(), coached.ben().accountId(), 60, actual)),
				Set.of(coached.coach().accountId()), "", "");
	}

	private void submit(UUID runThroughId, UUID moduleKey, UUID presenterId, String verdict, String at) {
		insertFeedback(runThroughId, moduleKey, presenterId, "SUBMITTED", verdict, Instant.parse(at));
	}

	/** Feedback as the coaching pages store it; a second one by the same coach is a later coach's in this test. */
	private void insertFeedback(UUID runThroughId, UUID moduleKey, UUID presenterId, String status, String verdict,
			Instant submittedAt) {
		as(() -> jdbc.sql("""
				insert into feedback (id, organization_id, training_id, run_through_id, module_key, presenter_id,
				                      coach_id, status, verdict, created_at, submitted_at)
				values (:id, :organization, :training, :runThrough, :module, :presenter,
				        (select :coach where not exists (select 1 from feedback where run_through_id = :runThrough
				           and module_key = :module and presenter_id = :presenter and coach_id = :coach)),
				        :status, :verdict, now(), :submittedAt)""")
			.param("id", UUID.randomUUID())
			.param("organization", coached.organization().id())
			.param("training", coached.trainingId())
			.param("runThrough", runThroughId)
			.param("module", moduleKey)
			.param("presenter", presenterId)
			.param("coach", coached.coach().accountId())
			.param("status", status)
			.param("verdict", verdict)
			.param("submittedAt", submittedAt == null ? null : java.sql.Timestamp.from(submittedAt))
			.update());
	}

	private List<String> reasons() {
		return as(() -> readiness.of(trainings.training(coached.trainingId())).orElseThrow().reasons())
			.stream()
			.map(Readiness.Reason::messageKey)
			.toList();
	}

	private Readiness.Level level() {
		return as(() -> readiness.of(trainings.training(coached.trainingId())).orElseThrow().level());
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

}
