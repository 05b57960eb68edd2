package org.liminal.preparation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run of each chapter, at a set hour of the chapter's own clock: marks overdue tasks, flags trainings
 * at risk (their leads and coach are told), announces participant reminders, and sends each person one digest
 * of what is due soon or overdue. Each step commits with the record that it is done, so running again the same
 * day repeats nothing, and a run cut short resumes at the step it had not finished. Several application
 * instances are kept from running it at the same time by {@link DailyRunSchedule}'s lock.
 */
@Service
public class DailyRun {

	private static final Log log = LogFactory.getLog(DailyRun.class);

	/** What one chapter's run did today: zero for a step an earlier run of the day had done. */
	public record Report(int overdue, int atRisk, int reminders, int digests) {
	}

	private final Organizations organizations;

	private final Chapters chapters;

	private final TrainingFinder trainings;

	private final TrainingReadiness readiness;

	private final Digests digests;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int hour;

	private final MeterRegistry meters;

	/** {@code liminal.daily.run.chapters}: chapters' runs by the scheduled pass, {@code outcome} finished or failed. */
	private final Counter chaptersFinished;

	private final Counter chaptersFailed;

	DailyRun(Organizations organizations, Chapters chapters, TrainingFinder trainings, TrainingReadiness readiness,
			Digests digests, JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, @Value("${liminal.preparation.daily-run.hour:7}") int hour, MeterRegistry meters) {
		this.meters = meters;
		this.chaptersFinished = chapterRuns(meters, "finished");
		this.chaptersFailed = chapterRuns(meters, "failed");
		this.organizations = organizations;
		this.chapters = chapters;
		this.trainings = trainings;
		this.readiness = readiness;
		this.digests = digests;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.hour = hour;
	}

	/**
	 * Runs every active chapter of every organization whose clock has reached the hour and whose run of the day
	 * has not finished. One chapter failing does not stop the others; it is tried again at the next tick.
	 *
	 * @return how many chapter runs finished
	 */
	public int runDue() {
		Timer.Sample sample = Timer.start(meters);
		String outcome = "failed";
		try {
			int finished = 0;
			for (UUID organizationId : organizations.ids()) {
				finished += runDue(organizationId);
			}
			outcome = "completed";
			return finished;
		}
		finally {
			// liminal.daily.run: each pass over every organization (the scheduler's tick), how long it took; failed
			// when the pass itself stopped (a chapter that fails is counted in liminal.daily.run.chapters instead).
			sample.stop(Timer.builder("liminal.daily.run")
				.description("Passes of the daily run over every organization, and how long they took")
				.tag("outcome", outcome)
				.register(meters));
		}
	}

	private static Counter chapterRuns(MeterRegistry meters, String outcome) {
		return Counter.builder("liminal.daily.run.chapters")
			.description("Chapters' daily runs done by the scheduled pass: finished, or stopped by an error")
			.tag("outcome", outcome)
			.register(meters);
	}

	/** The same for one organization's chapters. */
	public int runDue(UUID organizationId) {
		return TenantContext.callAsOrganization(organizationId, this::runDueChapters);
	}

	private int runDueChapters() {
		int finished = 0;
		for (ChapterView chapter : chapters.all()) {
			ZonedDateTime now = ZonedDateTime.now(clock.withZone(chapter.zone()));
			if (!chapter.active() || now.getHour() < hour || isFinished(chapter.id(), now.toLocalDate())) {
				continue;
			}
			try {
				run(chapter, now.toLocalDate());
				finished++;
				chaptersFinished.increment();
			}
			catch (RuntimeException ex) {
				chaptersFailed.increment();
				log.warn("The daily run of chapter " + chapter.id() + " stopped; it resumes at the next tick", ex);
			}
		}
		return finished;
	}

	/**
	 * Runs one chapter of the current organization now, whatever the hour (an organizer asked for it): the steps
	 * today's run has not done yet.
	 */
	public Report runNow(UUID chapterId) {
		ChapterView chapter = chapters.chapter(chapterId);
		return run(chapter, LocalDate.now(clock.withZone(chapter.zone())));
	}

	/** The latest runs of the current organization's chapters, newest first. */
	public List<RunRecord> latestRuns(int limit) {
		return jdbc.sql("""
				select chapter_id, run_date, started_at, finished_at, overdue_items, at_risk, reminders, digests
				from preparation_run order by run_date desc, started_at desc limit ?""")
			.param(limit)
			.query((row, number) -> new RunRecord(row.getObject("chapter_id", UUID.class),
					row.getObject("run_date", LocalDate.class), row.getTimestamp("started_at").toInstant(),
					row.getTimestamp("finished_at") == null ? null : row.getTimestamp("finished_at").toInstant(),
					row.getInt("overdue_items"), row.getInt("at_risk"), row.getInt("reminders"), row.getInt("digests")))
			.list();
	}

	private Report run(ChapterView chapter, LocalDate date) {
		inTransaction(() -> jdbc.sql("""
				insert into preparation_run (organization_id, chapter_id, run_date, started_at)
				values (?, ?, ?, ?) on conflict do nothing""")
			.params(TenantContext.requireOrganizationId(), chapter.id(), date, now())
			.update());
		int overdue = step(chapter, date, "overdue_marked_at", "overdue_items", () -> markOverdue(chapter, date));
		int atRisk = step(chapter, date, "risks_checked_at", "at_risk", () -> flagRisks(chapter, date));
		int reminders = step(chapter, date, "reminders_announced_at", "reminders", () -> announceReminders(chapter, date));
		int sent = step(chapter, date, "digests_sent_at", "digests", () -> digests.send(chapter, date));
		inTransaction(() -> jdbc.sql("update preparation_run set finished_at = coalesce(finished_at, ?) "
				+ "where chapter_id = ? and run_date = ?")
			.params(now(), chapter.id(), date)
			.update());
		return new Report(overdue, atRisk, reminders, sent);
	}

	/**
	 * One step, in one transaction with the record that it is done; nothing if an earlier run of the day did it.
	 */
	private int step(ChapterView chapter, LocalDate date, String doneColumn, String countColumn, Supplier<Integer> work) {
		Integer count = transaction.execute(status -> {
			boolean done = jdbc.sql("select " + doneColumn + " is not null from preparation_run "
					+ "where chapter_id = ? and run_date = ? for update")
				.params(chapter.id(), date)
				.query(Boolean.class)
				.single();
			if (done) {
				return 0;
			}
			int result = work.get();
			jdbc.sql("update preparation_run set " + doneColumn + " = ?, " + countColumn + " = ? "
					+ "where chapter_id = ? and run_date = ?")
				.params(now(), result, chapter.id(), date)
				.update();
			return result;
		});
		return count == null ? 0 : count;
	}

	private int markOverdue(ChapterView chapter, LocalDate date) {
		return jdbc.sql("""
				update checklist_item i set overdue_since = ?
				from checklist c
				where c.training_id = i.training_id and c.chapter_id = ? and c.state = 'ACTIVE'
				  and i.status = 'OPEN' and i.due_date < ? and i.overdue_since is null""")
			.params(date, chapter.id(), date)
			.update();
	}

	/** Trainings that turned red since they were last looked at are announced once; those back to amber or green are cleared. */
	private int flagRisks(ChapterView chapter, LocalDate date) {
		List<TrainingSummary> upcoming = upcoming(chapter, date, null);
		Map<UUID, Readiness> assessed = readiness.of(upcoming);
		Map<UUID, LocalDate> flagged = new HashMap<>();
		jdbc.sql("select training_id, at_risk_since from checklist where chapter_id = ? and at_risk_since is not null")
			.param(chapter.id())
			.query((row, number) -> flagged.put(row.getObject("training_id", UUID.class),
					row.getObject("at_risk_since", LocalDate.class)))
			.list();
		int turnedRed = 0;
		for (TrainingSummary training : upcoming) {
			Readiness state = assessed.get(training.id());
			boolean atRisk = state != null && state.isAtRisk();
			if (atRisk && !flagged.containsKey(training.id())) {
				jdbc.sql("update checklist set at_risk_since = ? where training_id = ?").params(date, training.id()).update();
				events.publishEvent(new TrainingAtRisk(TenantContext.requireOrganizationId(), training.id(),
						chapter.id(), training.firstDay(), state, date));
				turnedRed++;
			}
			else if (!atRisk && flagged.containsKey(training.id())) {
				jdbc.sql("update checklist set at_risk_since = null where training_id = ?").param(training.id()).update();
			}
		}
		return turnedRed;
	}

	private int announceReminders(ChapterView chapter, LocalDate date) {
		int announced = 0;
		for (int daysBefore : ParticipantRemindersDue.DAYS_BEFORE) {
			LocalDate firstDay = date.plusDays(daysBefore);
			for (TrainingSummary training : upcoming(chapter, firstDay, firstDay)) {
				if (training.firstDay().equals(firstDay)) {
					events.publishEvent(new ParticipantRemindersDue(TenantContext.requireOrganizationId(), training.id(),
							chapter.id(), firstDay, daysBefore, date));
					announced++;
				}
			}
		}
		return announced;
	}

	private List<TrainingSummary> upcoming(ChapterView chapter, LocalDate from, LocalDate to) {
		return trainings.find(new TrainingFilter(chapter.id(), null, TrainingStatus.SCHEDULED, from, to), 1, 500)
			.trainings();
	}

	private boolean isFinished(UUID chapterId, LocalDate date) {
		return Boolean.TRUE.equals(transaction.execute(status -> jdbc.sql(
				"select exists (select 1 from preparation_run where chapter_id = ? and run_date = ? and finished_at is not null)")
			.params(chapterId, date)
			.query(Boolean.class)
			.single()));
	}

	private void inTransaction(Runnable work) {
		transaction.executeWithoutResult(status -> work.run());
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

}
