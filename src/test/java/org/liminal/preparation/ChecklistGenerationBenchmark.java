package org.liminal.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.TestDatabase;
import org.liminal.curriculum.ChecklistItemView;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.TrainingScheduled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long generating the checklists of 10,000 newly scheduled trainings takes (issue 5: under 5 s on the
 * project's machine). A benchmark, not a test: its name keeps it out of {@code mvn verify}, and
 * {@code mvn -B -Pbenchmark test} runs it (see docs/performance.md). It only fails when generation writes the
 * wrong rows, never on time.
 * <p>
 * Setup is not measured, so the trainings are written straight into the tables (scheduled, one day each, a
 * lead trainer and a coach on every team, first days spread over the next 14 to 413 days so that some
 * preparations are compressed). What is measured is {@link ChecklistPlanner#generate} on their
 * {@link TrainingScheduled} events, in the organization's tenant context like {@link TrainingEvents} runs it.
 */
@SpringBootTest
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class })
class ChecklistGenerationBenchmark {

	static final int TRAININGS = 10_000;

	static final int RUNS = 5;

	static final int BATCH = 1_000;

	static final double TARGET_SECONDS = 5.0;

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Programs programs;

	@Autowired
	ChecklistPlanner planner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void generateTheChecklistsOfTenThousandTrainings() throws Exception {
		StringBuilder report = new StringBuilder();
		line(report, "Checklist generation benchmark, %s", Instant.now(clock));
		line(report, "%d trainings per run, %d processors, %s, JVM %s", TRAININGS,
				Runtime.getRuntime().availableProcessors(), serverVersion(), System.getProperty("java.version"));

		Organization warmUp = organization("bench-warm-up");
		line(report, "template: %d tasks", warmUp.template().size());
		assertThat(warmUp.template()).hasSize(19);
		List<TrainingScheduled> warmUpEvents = warmUp.scheduledTrainings(TRAININGS);
		double warmUpSeconds = seconds(() -> warmUp.generate(warmUpEvents));
		line(report, "warm-up (separate organization): %.3f s", warmUpSeconds);

		// The three ways take turns, so that each meets the table at the same sizes (it grows by 570,000 tasks
		// a round) and the same load from whatever else runs on the machine.
		Organization measured = organization("bench");
		List<Double> oneCall = new ArrayList<>();
		List<Double> batched = new ArrayList<>();
		List<Double> raw = new ArrayList<>();
		for (int run = 1; run <= RUNS; run++) {
			List<TrainingScheduled> events = measured.scheduledTrainings(TRAININGS);
			int[] written = new int[1];
			oneCall.add(seconds(() -> written[0] = measured.generate(events)));
			assertThat(written[0]).isEqualTo(TRAININGS * 19);
			measured.verify(events);
			if (run == RUNS) {
				int[] again = new int[1];
				double repeat = seconds(() -> again[0] = measured.generate(events));
				assertThat(again[0]).isZero();
				measured.verify(events);
				line(report, "the same %d events again: %d tasks written, %.3f s", TRAININGS, again[0], repeat);
			}

			List<TrainingScheduled> inBatches = measured.scheduledTrainings(TRAININGS);
			batched.add(seconds(() -> {
				for (int from = 0; from < inBatches.size(); from += BATCH) {
					measured.generate(inBatches.subList(from, Math.min(from + BATCH, inBatches.size())));
				}
			}));
			measured.verify(inBatches);

			List<TrainingScheduled> reference = measured.scheduledTrainings(TRAININGS);
			measured.headersOnly(reference);
			raw.add(seconds(() -> measured.rawInsert(reference)));
			measured.verify(reference);
		}
		long tasks = (long) TRAININGS * 19;
		summary(report, "generate, one call of " + TRAININGS, oneCall, tasks);
		summary(report, "generate, " + TRAININGS / BATCH + " calls of " + BATCH, batched, tasks);
		summary(report, "PostgreSQL alone: insert ... select of the same rows", raw, tasks);
		line(report, "one call / PostgreSQL alone (medians): %.1f", median(oneCall) / median(raw));
		line(report, "verified: %d tasks per run, one per training and template task, none written twice", tasks);

		line(report, "load average at the end (1, 5, 15 min; the machine is shared): %s", loadAverage());
		System.out.println(report);
		Path file = Path.of("target", "benchmarks", "checklist-generation.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	private Organization organization(String prefix) {
		OrganizationSummary organization = fixtures.organization(prefix);
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		Person coach = fixtures.member(organization, OrganizationRole.COACH);
		UUID programId = curriculum.publishedProgram(organization, "Core");
		UUID chapterId = trainingFixtures.chapter(organization, ZONE.getId(), Set.of(lead.accountId()),
				Set.of(trainer.accountId(), coach.accountId()));
		CurriculumView version = TenantContext.callAsOrganization(organization.id(),
				() -> programs.latestPublished(programId))
			.orElseThrow();
		return new Organization(organization.id(), chapterId, programId, version, trainer.accountId(),
				coach.accountId());
	}

	/** One organization's chapter, program and team, and the trainings written for it. */
	private final class Organization {

		private final UUID id;

		private final UUID chapterId;

		private final UUID programId;

		private final CurriculumView version;

		private final UUID leadTrainer;

		private final UUID coach;

		Organization(UUID id, UUID chapterId, UUID programId, CurriculumView version, UUID leadTrainer, UUID coach) {
			this.id = id;
			this.chapterId = chapterId;
			this.programId = programId;
			this.version = version;
			this.leadTrainer = leadTrainer;
			this.coach = coach;
		}

		List<ChecklistItemView> template() {
			return version.checklist();
		}

		int generate(List<TrainingScheduled> events) {
			return TenantContext.callAsOrganization(id, () -> planner.generate(events));
		}

		/**
		 * Writes scheduled trainings with their day and a lead trainer and coach, as the trainings module would
		 * have, and returns the events scheduling them announced.
		 */
		List<TrainingScheduled> scheduledTrainings(int count) throws SQLException {
			LocalDate today = LocalDate.now(clock.withZone(ZONE));
			List<TrainingScheduled> events = new ArrayList<>(count);
			try (Connection db = TestDatabase.get().superuserConnection()) {
				db.setAutoCommit(false);
				List<UUID> ids = new ArrayList<>(count);
				try (PreparedStatement insert = db.prepareStatement("""
						insert into training (id, organization_id, chapter_id, program_id, program_version_id,
						                      version_number, status, first_day, last_day, capacity, language, public,
						                      lead_days, created_at, scheduled_at)
						select gen_random_uuid(), ?, ?, ?, ?, ?, 'SCHEDULED', day, day, 30, 'en', true, day - ?, now(), now()
						from (select ?::date + 14 + (n % 400) as day from generate_series(1, ?) n) days
						returning id, first_day""")) {
					insert.setObject(1, id);
					insert.setObject(2, chapterId);
					insert.setObject(3, programId);
					insert.setObject(4, version.versionId());
					insert.setInt(5, version.number());
					insert.setObject(6, today);
					insert.setObject(7, today);
					insert.setInt(8, count);
					try (ResultSet rows = insert.executeQuery()) {
						while (rows.next()) {
							UUID trainingId = rows.getObject(1, UUID.class);
							LocalDate firstDay = rows.getObject(2, LocalDate.class);
							ids.add(trainingId);
							events.add(new TrainingScheduled(id, trainingId, chapterId, version.versionId(),
									List.of(firstDay), ZONE, firstDay.isBefore(today.plusWeeks(6)), today));
						}
					}
				}
				Array trainings = db.createArrayOf("uuid", ids.toArray());
				try (PreparedStatement days = db.prepareStatement("""
						insert into training_day (organization_id, training_id, day, date, starts_at, ends_at)
						select organization_id, id, 1, first_day, time '10:00', time '12:00'
						from training where id = any(?)""")) {
					days.setArray(1, trainings);
					days.executeUpdate();
				}
				try (PreparedStatement team = db.prepareStatement("""
						insert into training_assignment (id, organization_id, training_id, post, seat, account_id)
						select gen_random_uuid(), organization_id, id, post, 1, case post when 'COACH' then ? else ? end
						from training, unnest(array['LEAD_TRAINER', 'COACH']) as post
						where id = any(?)""")) {
					team.setObject(1, coach);
					team.setObject(2, leadTrainer);
					team.setArray(3, trainings);
					team.executeUpdate();
				}
				db.commit();
			}
			return events;
		}

		/** The checklists' headers alone, for the reference insert to fill. */
		void headersOnly(List<TrainingScheduled> events) {
			asOrganization(() -> {
				jdbc.sql("""
						insert into checklist (organization_id, training_id, chapter_id, program_version_id, first_day,
						                       zone, state, created_at)
						select ?, id, ?, ?, d.first_day, ?, 'ACTIVE', now()
						from unnest(?::uuid[], ?::date[]) as d(id, first_day)""")
					.params(id, chapterId, version.versionId(), ZONE.getId(),
							events.stream().map(TrainingScheduled::trainingId).toArray(UUID[]::new),
							events.stream().map(event -> event.dates().get(0).toString()).toArray(String[]::new))
					.update();
				return null;
			});
		}

		/**
		 * What PostgreSQL alone takes to write the same rows: one {@code insert ... select} crossing the
		 * checklists with the template, through the application's pool and row-level security, with every
		 * index and foreign key of the real table.
		 */
		void rawInsert(List<TrainingScheduled> events) {
			List<ChecklistItemView> template = template();
			int written = asOrganization(() -> jdbc.sql("""
					insert into checklist_item (id, organization_id, training_id, template_key, title, description,
					                            offset_days, responsible, day_of_role_id, owner_id, due_date, compressed,
					                            status, created_at)
					select gen_random_uuid(), c.organization_id, c.training_id, t.template_key, t.title, t.description,
					       t.offset_days, t.responsible, t.day_of_role_id,
					       case when t.responsible in ('LEAD_TRAINER', 'MODULE_TRAINER') then ?::uuid
					            when t.responsible = 'COACH' then ?::uuid end,
					       c.first_day + t.offset_days, false, 'OPEN', now()
					from checklist c,
					     unnest(?::uuid[], ?::text[], ?::text[], ?::integer[], ?::text[], ?::uuid[])
					     as t(template_key, title, description, offset_days, responsible, day_of_role_id)
					where c.training_id = any(?)""")
				.params(leadTrainer, coach, template.stream().map(ChecklistItemView::key).toArray(UUID[]::new),
						template.stream().map(ChecklistItemView::title).toArray(String[]::new),
						template.stream().map(task -> task.task().description()).toArray(String[]::new),
						template.stream().map(ChecklistItemView::offsetDays).toArray(Integer[]::new),
						template.stream().map(task -> task.task().responsible().name()).toArray(String[]::new),
						template.stream().map(task -> task.task().dayOfRoleId()).toArray(UUID[]::new),
						events.stream().map(TrainingScheduled::trainingId).toArray(UUID[]::new))
				.update());
			assertThat(written).isEqualTo(events.size() * template.size());
		}

		/**
		 * Seen past row-level security: every training has its header and exactly one task per template task,
		 * all in this organization.
		 */
		void verify(List<TrainingScheduled> events) throws SQLException {
			try (Connection db = TestDatabase.get().superuserConnection();
					PreparedStatement counts = db.prepareStatement("""
							select count(*), count(distinct (i.training_id, i.template_key)),
							       count(distinct i.training_id), count(*) filter (where i.organization_id <> ?),
							       (select count(*) from checklist c where c.training_id = any(?))
							from checklist_item i where i.training_id = any(?)""")) {
				Array trainings = db.createArrayOf("uuid",
						events.stream().map(TrainingScheduled::trainingId).toArray());
				counts.setObject(1, id);
				counts.setArray(2, trainings);
				counts.setArray(3, trainings);
				try (ResultSet row = counts.executeQuery()) {
					row.next();
					long tasks = (long) events.size() * template().size();
					assertThat(row.getLong(1)).as("tasks").isEqualTo(tasks);
					assertThat(row.getLong(2)).as("distinct tasks").isEqualTo(tasks);
					assertThat(row.getLong(3)).as("trainings with tasks").isEqualTo(events.size());
					assertThat(row.getLong(4)).as("tasks of another organization").isZero();
					assertThat(row.getLong(5)).as("checklists").isEqualTo(events.size());
				}
			}
		}

		private <T> T asOrganization(Supplier<T> work) {
			return TenantContext.callAsOrganization(id,
					() -> new TransactionTemplate(transactions).execute(status -> work.get()));
		}

	}

	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.exists(loadavg) ? String.join(" ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3)) : "unknown";
	}

	private String serverVersion() {
		return "PostgreSQL " + jdbc.sql("show server_version").query(String.class).single();
	}

	private static void summary(StringBuilder report, String what, List<Double> seconds, long tasks) {
		List<Double> sorted = new ArrayList<>(seconds);
		Collections.sort(sorted);
		double median = median(seconds);
		line(report, "%s: min %.3f s, median %.3f s, max %.3f s; %,.0f tasks/s; median / %.0f s target: %.2f", what,
				sorted.get(0), median, sorted.get(sorted.size() - 1), tasks / median, TARGET_SECONDS,
				median / TARGET_SECONDS);
		line(report, "  runs: %s", seconds.stream().map(value -> String.format(Locale.ROOT, "%.3f", value)).toList());
	}

	private static double median(List<Double> seconds) {
		List<Double> sorted = new ArrayList<>(seconds);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static double seconds(Work work) throws Exception {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e9;
	}

	private static void line(StringBuilder report, String format, Object... arguments) {
		report.append(String.format(Locale.ROOT, format, arguments)).append('\n');
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

}
