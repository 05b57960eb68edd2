package org.liminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.OutboxTest;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.preparation.DailyRun;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;

/**
 * What operators watch: health probes (the database decides readiness, never liveness) and the Prometheus
 * metrics of sign-ups, letters, the daily run and overdue checklist items, each moving when its event happens.
 */
class MonitoringTests extends OutboxTest {

	/** Mid-morning in UTC, away from midnight in every zone a test chapter uses, so "today" holds for minutes. */
	static final Instant MORNING = Instant.parse("2026-03-02T10:30:00Z");

	@Autowired
	HealthEndpointGroups healthGroups;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	Registrations registrations;

	@Autowired
	DailyRun dailyRun;

	@Autowired
	JdbcClient jdbc;

	@Test
	void livenessAndReadinessAreUpForAnyoneWithoutDetails() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health" }) {
			mvc.perform(get(probe))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist());
		}
	}

	@Test
	void theDatabaseDecidesReadinessButNeverLiveness() {
		assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
		assertThat(healthGroups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
	}

	@Test
	void prometheusScrapesTheDomainMetricsWithoutSigningIn() throws Exception {
		String scraped = scrape();

		assertThat(scraped).contains("liminal_signups_total{", "liminal_mail_sent_total{", "liminal_mail_failed_total{",
				"liminal_daily_run_chapters_total{", "liminal_checklist_items_overdue{", "jvm_memory_used_bytes{")
			.doesNotContain("organization=");
	}

	@Test
	void signUpsAreCountedBySeatOrWaitlist() throws Exception {
		clock.set(MORNING);
		UUID trainingId = aTrainingInAMonth();
		withCapacity(trainingId, 1);
		double confirmed = value("liminal_signups_total", "status=\"confirmed\"");
		double waitlisted = value("liminal_signups_total", "status=\"waitlisted\"");

		String second = uniqueAddress();
		as(() -> registrations.signUp(trainingId, details(uniqueAddress())));
		as(() -> registrations.signUp(trainingId, details(second)));
		as(() -> registrations.signUp(trainingId, details(second)));

		assertThat(value("liminal_signups_total", "status=\"confirmed\"")).isEqualTo(confirmed + 1);
		assertThat(value("liminal_signups_total", "status=\"waitlisted\"")).as("the same email again is not counted")
			.isEqualTo(waitlisted + 1);
	}

	@Test
	void lettersAreCountedAsSentOrFailed() throws Exception {
		delivery.deliverDue();
		double sent = value("liminal_mail_sent_total", "");
		double retrying = value("liminal_mail_failed_total", "outcome=\"retrying\"");
		double givenUp = value("liminal_mail_failed_total", "outcome=\"given_up\"");

		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		delivery.deliverDue();
		assertThat(value("liminal_mail_sent_total", "")).isEqualTo(sent + 1);

		queue(letter(organizer, LetterKind.ALERT, Locale.ENGLISH, null));
		giveUp();
		assertThat(value("liminal_mail_failed_total", "outcome=\"retrying\"")).isEqualTo(retrying + 5);
		assertThat(value("liminal_mail_failed_total", "outcome=\"given_up\"")).isEqualTo(givenUp + 1);
		assertThat(value("liminal_mail_sent_total", "")).isEqualTo(sent + 1);
	}

	@Test
	void theDailyRunCountsItsPassesAndChapters() throws Exception {
		clock.set(MORNING);
		aTrainingInAMonth();
		double passes = value("liminal_daily_run_seconds_count", "outcome=\"completed\"");
		double chapters = value("liminal_daily_run_chapters_total", "outcome=\"finished\"");

		dailyRun.runDue();

		assertThat(value("liminal_daily_run_seconds_count", "outcome=\"completed\"")).isEqualTo(passes + 1);
		assertThat(value("liminal_daily_run_chapters_total", "outcome=\"finished\"")).isGreaterThanOrEqualTo(chapters + 1);
		delivery.deliverDue();
	}

	@Test
	void overdueChecklistItemsOfEveryOrganizationAreCountedAtMostOnceAMinute() throws Exception {
		// An hour after the other tests' moment, so that the count is fresh, not one remembered from them.
		Instant start = MORNING.plus(Duration.ofHours(1));
		clock.set(start);
		double before = value("liminal_checklist_items_overdue", "");

		UUID trainingId = aTrainingInAMonth();
		clock.set(start.plusSeconds(5));
		// As if the training's team had let its tasks slip: due a week ago, still open.
		long overdue = as(() -> jdbc.sql("update checklist_item set due_date = ? where training_id = ? and status = 'OPEN'")
			.params(LocalDate.of(2026, 2, 23), trainingId)
			.update());
		assertThat(overdue).isPositive();
		assertThat(value("liminal_checklist_items_overdue", "")).as("counted a moment ago").isEqualTo(before);

		clock.advance(Duration.ofMinutes(1));
		assertThat(value("liminal_checklist_items_overdue", "")).isEqualTo(before + overdue);
		assertThat(jdbc.sql("select count(*) from checklist_item").query(Long.class).single())
			.as("without a tenant the application sees no checklist item itself")
			.isZero();
	}

	private UUID aTrainingInAMonth() {
		UUID programId = curriculum.publishedProgram(organization, "Core");
		UUID chapterId = trainingFixtures.chapter(organization, "Europe/Madrid", java.util.Set.of(),
				java.util.Set.of());
		return trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 2));
	}

	private void withCapacity(UUID trainingId, int capacity) {
		as(() -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(trainingId, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(),
					capacity, details.language(), details.open(), details.notes()), trainings.training(trainingId).version());
			return null;
		});
	}

	private static SignUpDetails details(String email) {
		return new SignUpDetails("Someone", email, "", "", "a friend", true);
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").accept(MediaType.TEXT_PLAIN))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("# TYPE")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The sum of a metric's samples whose labels contain the given text, from a scrape. */
	private double value(String name, String labels) throws Exception {
		return scrape().lines()
			.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter(line -> line.contains(labels))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
