package org.liminal.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts kept per training as registrations change (V24's trigger) always equal a recount of the registrations
 * by the funnel's own conditions: through sign-ups, the waitlist, cancellations, attendance and next steps changed
 * and changed back, a move to another training, and deletion.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class })
class RegistrationOutcomesTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainings;

	@Autowired
	Registrations registrations;

	@Autowired
	Transfers transfers;

	@Autowired
	Teams teams;

	@Autowired
	JdbcClient jdbc;

	OrganizationSummary organization;

	UUID chapterId;

	UUID first;

	UUID second;

	@BeforeEach
	void twoTrainingsOfOneChapter() {
		organization = fixtures.organization("outcomes");
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		chapterId = trainings.chapter(organization);
		first = trainings.scheduled(organization, chapterId, programId, LocalDate.now().plusWeeks(3));
		second = trainings.scheduled(organization, chapterId, programId, LocalDate.now().plusWeeks(4));
	}

	@Test
	void theKeptCountsAreARecountWhateverHappens() {
		as(() -> {
			UUID team = teams.create(chapterId, new TeamDetails("Outreach", "", "Bo", "bo@example.org"));
			jdbc.sql("update training set capacity = 3 where id = ?").param(first).update();
			jdbc.sql("update training_seats set capacity = 3 where training_id = ?").param(first).update();
			for (int i = 0; i < 5; i++) {
				registrations.signUp(first, new SignUpDetails("Person " + i, "p" + i + "@example.org", "", "", "", true));
			}
			assertKeptCountsAreARecount();

			Registration cancelled = registration("p0@example.org");
			registrations.cancel(cancelled.id(), cancelled.version());
			assertKeptCountsAreARecount();

			jdbc.sql("update registration set attended = true where training_id = ? and status <> 'CANCELLED'")
				.param(first)
				.update();
			jdbc.sql("update registration set next_step = 'TEAM', next_step_team_id = ? where email in (?, ?)")
				.params(team, "p1@example.org", "p2@example.org")
				.update();
			jdbc.sql("update registration set next_step = 'UPGRADE_TRAINING' where email = ?")
				.param("p3@example.org")
				.update();
			jdbc.sql("update registration set next_step = 'DAY_OF_VOLUNTEER' where email = ?")
				.param("p4@example.org")
				.update();
			assertKeptCountsAreARecount();
			assertThat(kept().get(first)).as("four signed up (one cancelled), there, each with a next step")
				.containsExactly(4, 4, 4, 2, 1, 1);

			// Changed minds: one leaves the team for "not now", one was marked there by mistake.
			jdbc.sql("update registration set next_step = 'NOT_NOW', next_step_team_id = null where email = ?")
				.param("p2@example.org")
				.update();
			jdbc.sql("update registration set attended = false, next_step = null where email = ?")
				.param("p3@example.org")
				.update();
			assertKeptCountsAreARecount();

			Registration moving = registration("p4@example.org");
			transfers.move(moving.id(), second, moving.version());
			assertKeptCountsAreARecount();

			jdbc.sql("delete from registration where email = ?").param("p2@example.org").update();
			assertKeptCountsAreARecount();
			return null;
		});
	}

	/** Each training's kept counts, in the funnel's order. */
	private Map<UUID, List<Integer>> kept() {
		return jdbc.sql("select training_id, " + columns("") + " from registration_outcome")
			.query((row, number) -> Map.entry(row.getObject("training_id", UUID.class), stages(row)))
			.list()
			.stream()
			.filter(entry -> entry.getValue().stream().anyMatch(count -> count > 0))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The same, counted from the registrations by each stage's condition. */
	private Map<UUID, List<Integer>> recounted() {
		String counts = Arrays.stream(FunnelStage.values())
			.map(stage -> "count(*) filter (where " + stage.condition + ") as " + column(stage))
			.collect(Collectors.joining(", "));
		return jdbc.sql("select r.training_id, " + counts + " from registration r group by r.training_id")
			.query((row, number) -> Map.entry(row.getObject("training_id", UUID.class), stages(row)))
			.list()
			.stream()
			.filter(entry -> entry.getValue().stream().anyMatch(count -> count > 0))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private void assertKeptCountsAreARecount() {
		assertThat(kept()).isEqualTo(recounted()).isNotEmpty();
	}

	private static List<Integer> stages(java.sql.ResultSet row) throws java.sql.SQLException {
		Integer[] counts = new Integer[FunnelStage.values().length];
		for (FunnelStage stage : FunnelStage.values()) {
			counts[stage.ordinal()] = row.getInt(column(stage));
		}
		return List.of(counts);
	}

	private static String columns(String prefix) {
		return Arrays.stream(FunnelStage.values()).map(stage -> prefix + column(stage)).collect(Collectors.joining(", "));
	}

	private static String column(FunnelStage stage) {
		return stage.name().toLowerCase(Locale.ROOT);
	}

	private Registration registration(String email) {
		return jdbc.sql("select id from registration where email = ? and status <> 'CANCELLED'")
			.param(email)
			.query(UUID.class)
			.list()
			.stream()
			.map(registrations::registration)
			.findFirst()
			.orElseThrow();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
