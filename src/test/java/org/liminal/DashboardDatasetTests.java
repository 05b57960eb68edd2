package org.liminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Registrations;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingPage;
import org.liminal.trainings.TrainingSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboards' dataset generator (bench/dashboards/dataset.sql, issue 8) at a tiny scale, run by psql as the
 * benchmark runs it: it writes what was asked, breaks no rule the schema keeps (its constraints and triggers would
 * refuse), keeps seats and registrations in step, and the app, under row-level security, reads it back.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardDatasetTests {

	static final int CHAPTERS = 3;

	static final int TRAININGS = 40;

	static final int REGISTRATIONS = 600;

	static final int TRAINERS = 30;

	@Autowired
	TrainingFinder trainingFinder;

	@Autowired
	Chapters chapters;

	@Autowired
	Programs programs;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	Registrations registrations;

	final String slug = "dataset-" + UUID.randomUUID().toString().substring(0, 8);

	UUID organizationId;

	@BeforeAll
	void load() throws Exception {
		psql("-v", "org=" + slug, "-v", "chapters=" + CHAPTERS, "-v", "trainings=" + TRAININGS, "-v",
				"registrations=" + REGISTRATIONS, "-v", "trainers=" + TRAINERS, "-f", "bench/dashboards/dataset.sql");
		organizationId = single("select id from organization where slug = ?", UUID.class);
	}

	@Test
	void writesWhatWasAsked() throws SQLException {
		assertThat(count("select count(*) from chapter where organization_id = ?")).isEqualTo(CHAPTERS);
		assertThat(count("select count(*) from training where organization_id = ?")).isEqualTo(TRAININGS);
		assertThat(count("select count(*) from registration where organization_id = ?")).isEqualTo(REGISTRATIONS);
		assertThat(count("""
				select count(*) from membership m join account a on a.id = m.account_id
				where m.organization_id = ? and a.email like 'trainer%' and 'TRAINER' = any (m.roles)"""))
			.isEqualTo(TRAINERS);
		assertThat(count("select count(distinct status) from training where organization_id = ? "
				+ "and status in ('COMPLETED', 'SCHEDULED')")).isEqualTo(2);
		assertThat(count("select count(*) from training_assignment where organization_id = ?")).isPositive();
		assertThat(count("select count(*) from checklist_item where organization_id = ?")).isPositive();
		assertThat(count("select count(*) from qualification where organization_id = ?")).isPositive();
		assertThat(count("select count(*) from registration where organization_id = ? and next_step = 'TEAM'"))
			.isPositive();
	}

	@Test
	void neverSeatsMoreThanCapacityAndCountsEverySeat() throws SQLException {
		assertThat(count("""
				select count(*) from training t
				join training_seats s on s.training_id = t.id
				where t.organization_id = ?
				  and (s.taken <> (select count(*) from registration r where r.training_id = t.id and r.status = 'CONFIRMED')
				       or s.taken > t.capacity or s.capacity <> t.capacity)""")).isZero();
		assertThat(count("""
				select count(*) from registration r where r.organization_id = ? and r.status = 'WAITLISTED'
				  and (select s.taken < s.capacity from training_seats s where s.training_id = r.training_id)"""))
			.as("nobody waits for a training with free seats")
			.isZero();
		assertThat(count("select count(*) from training where organization_id = ? "
				+ "and id not in (select training_id from training_seats)")).isZero();
	}

	@Test
	void keepsEveryRowInItsOrganization() throws SQLException {
		assertThat(count("""
				select count(*) from registration r join training t on t.id = r.training_id
				where r.organization_id = ? and t.organization_id <> r.organization_id""")).isZero();
		assertThat(count("""
				select count(*) from registration r where r.organization_id = ?
				  and not exists (select 1 from person p where p.organization_id = r.organization_id and p.email = r.email)"""))
			.as("every registration's person exists")
			.isZero();
	}

	@Test
	void theAppReadsItUnderRowLevelSecurity() throws SQLException {
		TrainingPage page = TenantContext.callAsOrganization(organizationId,
				() -> trainingFinder.find(TrainingFilter.any(), 1, 10));
		assertThat(page.total()).isEqualTo(TRAININGS);
		assertThat(page.trainings()).hasSize(10);
		List<UUID> ids = page.trainings().stream().map(TrainingSummary::id).toList();
		assertThat(TenantContext.callAsOrganization(organizationId, () -> trainingFinder.staffing(ids)))
			.containsKeys(ids.toArray(UUID[]::new));

		List<ChapterView> all = TenantContext.callAsOrganization(organizationId, () -> chapters.all());
		assertThat(all).hasSize(CHAPTERS).allSatisfy(chapter -> {
			assertThat(chapter.leads()).isNotEmpty();
			assertThat(chapter.pool()).isNotEmpty();
		});

		UUID coreProgram = single("select program_id from program_version where organization_id = ? and number = 2",
				UUID.class);
		CurriculumView core = TenantContext.callAsOrganization(organizationId,
				() -> programs.latestPublished(coreProgram).orElseThrow());
		assertThat(core.number()).isEqualTo(2);
		assertThat(core.modules()).hasSize(6);
		assertThat(core.checklist()).isNotEmpty();

		List<UUID> rehearsed = ids("select distinct training_id from run_through where organization_id = ?");
		assertThat(rehearsed).isNotEmpty();
		Map<UUID, List<RunThroughView>> rehearsals = TenantContext.callAsOrganization(organizationId,
				() -> runThroughs.ofTrainings(rehearsed));
		assertThat(rehearsals.values().stream().flatMap(List::stream).flatMap(view -> view.parts().stream()))
			.isNotEmpty()
			.doesNotContainNull();
		UUID busiest = single("""
				select training_id from registration where organization_id = ?
				group by training_id order by count(*) desc, training_id limit 1""", UUID.class);
		assertThat(TenantContext.callAsOrganization(organizationId, () -> registrations.ofTraining(busiest)))
			.isNotEmpty();
	}

	/** Runs psql as the test database's superuser, as bench/dashboards/dataset.sh would. */
	private static void psql(String... arguments) throws IOException, InterruptedException {
		TestDatabase database = TestDatabase.get();
		URI url = URI.create(database.url().substring("jdbc:".length()));
		List<String> command = new ArrayList<>(List.of(Files.exists(Path.of("/usr/bin/psql")) ? "/usr/bin/psql" : "psql",
				"-X", "-q", "-h", url.getHost(), "-p", String.valueOf(url.getPort() < 0 ? 5432 : url.getPort()), "-U",
				database.adminUser(), "-d", url.getPath().substring(1)));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", database.adminPassword());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("psql finished").isTrue();
		assertThat(process.exitValue()).as("psql failed:%n%s", output).isZero();
	}

	/** Counts past row-level security; the query's one parameter is the organization. */
	private long count(String sql) throws SQLException {
		try (Connection connection = TestDatabase.get().superuserConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, organizationId);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private List<UUID> ids(String sql) throws SQLException {
		try (Connection connection = TestDatabase.get().superuserConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, organizationId);
			List<UUID> ids = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getObject(1, UUID.class));
				}
			}
			return ids;
		}
	}

	private <T> T single(String sql, Class<T> type) throws SQLException {
		try (Connection connection = TestDatabase.get().superuserConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, organizationId == null ? slug : organizationId);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getObject(1, type);
			}
		}
	}

}
