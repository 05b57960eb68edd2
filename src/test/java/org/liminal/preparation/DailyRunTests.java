package org.liminal.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.TestMail;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.Programs;
import org.liminal.notifications.MailDelivery;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The daily run with a moving clock, in a New York chapter: it waits for 07:00 on the chapter's clock (across
 * the change to daylight saving time on 8 March 2026), never does a day's work twice, resumes a run cut short,
 * and sends each person one digest.
 */
@SpringBootTest
@RecordApplicationEvents
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class })
class DailyRunTests {

	/** 06:00 in New York (EST, UTC−5) on Sunday 1 March 2026. */
	static final Instant BEFORE_SEVEN = Instant.parse("2026-03-01T11:00:00Z");

	static final Instant AFTER_SEVEN = Instant.parse("2026-03-01T12:05:00Z");

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	DailyRun dailyRun;

	@Autowired
	MailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	OrganizationSummary organization;

	Person lead;

	Person ana;

	UUID programId;

	UUID chapterId;

	@BeforeEach
	void aChapterWithATrainingTwoWeeksAhead() {
		clock.set(BEFORE_SEVEN);
		delivery.deliverDue();
		organization = fixtures.organization("daily-run");
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		ana = fixtures.member(organization, OrganizationRole.TRAINER);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = trainingFixtures.chapter(organization, "America/New_York", Set.of(lead.accountId()),
				Set.of(ana.accountId()));
	}

	@Test
	void runsOnceADayFromSevenOnTheChaptersClock() {
		trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 20));

		assertThat(dailyRun.runDue(organization.id())).as("06:00 in New York").isZero();

		clock.set(AFTER_SEVEN);
		assertThat(dailyRun.runDue(organization.id())).isEqualTo(1);
		assertThat(dailyRun.runDue(organization.id())).as("the same day again").isZero();
		assertThat(as(() -> dailyRun.runNow(chapterId))).isEqualTo(new DailyRun.Report(0, 0, 0, 0));
		delivery.deliverDue();

		List<MimeMessage> digests = TestMail.messagesTo(lead.account().email());
		assertThat(digests).hasSize(1);
		assertThat(subject(digests.get(0))).startsWith("Preparation: ");
		assertThat(TestMail.plainText(digests.get(0))).contains("Hello " + lead.account().displayName())
			.contains("Core in Chapter ")
			.contains("http://localhost/" + organization.slug() + "/trainings/")
			.contains("/unsubscribe/");
		assertThat(TestMail.messagesTo(ana.account().email())).isEmpty();
	}

	@Test
	void aDayLaterYesterdaysTasksAreOverdueAndANewDigestGoes() {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 20));
		clock.set(AFTER_SEVEN);
		dailyRun.runDue(organization.id());

		clock.set(AFTER_SEVEN.plusSeconds(86_400));
		assertThat(dailyRun.runDue(organization.id())).isEqualTo(1);
		delivery.deliverDue();

		long overdue = as(() -> jdbc.sql("select count(*) from checklist_item where training_id = ? and overdue_since = ?")
			.params(trainingId, LocalDate.of(2026, 3, 2))
			.query(Long.class)
			.single());
		assertThat(overdue).isPositive();
		assertThat(TestMail.messagesTo(lead.account().email())).hasSize(2);
		assertThat(TestMail.plainText(TestMail.messagesTo(lead.account().email()).get(1))).contains("Overdue:");
	}

	@Test
	void daylightSavingTimeMovesTheRunWithTheChaptersClock() {
		trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 20));
		// 8 March 2026: New York springs forward; 07:00 EDT is 11:00 UTC, an hour earlier than the day before.
		clock.set(Instant.parse("2026-03-08T10:30:00Z"));
		assertThat(dailyRun.runDue(organization.id())).as("06:30 EDT").isZero();

		clock.set(Instant.parse("2026-03-08T11:05:00Z"));
		assertThat(dailyRun.runDue(organization.id())).as("07:05 EDT").isEqualTo(1);
		assertThat(runDates()).containsExactly(LocalDate.of(2026, 3, 8));
	}

	@Test
	void monthEndsAreJustDays() {
		trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 10));
		clock.set(Instant.parse("2026-03-31T23:30:00Z"));
		assertThat(dailyRun.runDue(organization.id())).as("19:30 on 31 March").isEqualTo(1);
		clock.set(Instant.parse("2026-04-01T03:59:00Z"));
		assertThat(dailyRun.runDue(organization.id())).as("23:59 on 31 March").isZero();
		clock.set(Instant.parse("2026-04-01T11:00:00Z"));
		assertThat(dailyRun.runDue(organization.id())).as("07:00 on 1 April").isEqualTo(1);

		assertThat(runDates()).containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31));
	}

	@Test
	void aRunCutShortResumesWithTheStepsItHadNotDone() {
		trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 20));
		clock.set(AFTER_SEVEN);
		// As if the run had marked overdue tasks and checked risks, then the machine went down.
		as(() -> jdbc.sql("""
				insert into preparation_run (organization_id, chapter_id, run_date, started_at, overdue_marked_at,
				    overdue_items, risks_checked_at, at_risk)
				values (?, ?, ?, ?, ?, 0, ?, 0)""")
			.params(organization.id(), chapterId, LocalDate.of(2026, 3, 1), Timestamp.from(AFTER_SEVEN),
					Timestamp.from(AFTER_SEVEN), Timestamp.from(AFTER_SEVEN))
			.update());

		assertThat(dailyRun.runDue(organization.id())).isEqualTo(1);
		delivery.deliverDue();

		assertThat(TestMail.messagesTo(lead.account().email())).hasSize(1);
		assertThat(as(() -> dailyRun.latestRuns(5))).singleElement().satisfies(run -> {
			assertThat(run.finishedAt()).isNotNull();
			assertThat(run.digests()).isEqualTo(1);
			assertThat(run.atRisk()).isZero();
		});
	}

	@Test
	void aTrainingTurningRedIsAnnouncedOnceToItsLeadsAndCoach() {
		Person coach = fixtures.member(organization, OrganizationRole.COACH);
		as(() -> programs.startDraft(programId));
		as(() -> modules.add(programId, CurriculumFixtures.module("Story of self", 60)));
		as(() -> programs.publish(programId, programs.draft(programId).version()));
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 10));
		as(() -> trainings.staff(trainingId, Map.of(Seat.coach(), coach.accountId()),
				trainings.training(trainingId).version()));
		clock.set(AFTER_SEVEN);

		assertThat(as(() -> dailyRun.runNow(chapterId)).atRisk()).isEqualTo(1);
		clock.set(AFTER_SEVEN.plusSeconds(86_400));
		assertThat(as(() -> dailyRun.runNow(chapterId)).atRisk()).as("still red the next day: no new alert").isZero();
		delivery.deliverDue();

		assertThat(TestMail.messagesTo(coach.account().email())).filteredOn(mail -> subject(mail).startsWith("At risk"))
			.singleElement()
			.satisfies(mail -> assertThat(subject(mail)).startsWith("At risk: Core in Chapter "))
			.satisfies(mail -> assertThat(TestMail.plainText(mail)).contains("No lead trainer yet"));
		assertThat(TestMail.messagesTo(lead.account().email())).filteredOn(mail -> subject(mail).startsWith("At risk"))
			.hasSize(1);
		assertThat(events.stream(TrainingAtRisk.class)).hasSize(1);
	}

	@Test
	void participantRemindersAreAnnouncedAWeekAndADayAhead() {
		UUID weekAhead = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 8));
		UUID dayAhead = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 2));
		trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 5));
		clock.set(AFTER_SEVEN);

		dailyRun.runDue(organization.id());

		assertThat(events.stream(ParticipantRemindersDue.class))
			.extracting(ParticipantRemindersDue::trainingId, ParticipantRemindersDue::daysBefore)
			.containsExactlyInAnyOrder(tuple(weekAhead, 7),
					tuple(dayAhead, 1));
	}

	private List<LocalDate> runDates() {
		return as(() -> dailyRun.latestRuns(10)).stream().map(RunRecord::runDate).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	private void as(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

}
