package org.liminal.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.TestMail;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.notifications.MailDelivery;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.ParticipantRemindersDue;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants' letters: the confirmation in the language they signed up in (with the training's calendar when
 * they have a seat), the private link again (at most once an hour), the seat that freed up, the reminders — each
 * once, whatever redelivers the event, and never to erased or cancelled registrations.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class ParticipantLettersTests {

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 18);

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	MailDelivery delivery;

	@Autowired
	Transfers transfers;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	UUID chapterId;

	UUID trainingId;

	UUID programId;

	@BeforeEach
	void anInPersonTrainingWithOneSeat() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("participant-letters");
		programId = curriculum.publishedProgram(organization, "Core training");
		chapterId = trainingFixtures.chapter(organization);
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, FIRST_DAY);
		as(() -> jdbc.sql("update training set capacity = 1 where id = ?").param(trainingId).update());
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void theConfirmationComesInTheirLanguageWithTheCalendarAndThePrivateLink() throws Exception {
		String email = Fixtures.unique("ana") + "@example.org";
		Registration ana = signUp(email, Locale.forLanguageTag("es"));
		Letters.awaitHandled(jdbc, organization.id());
		delivery.deliverDue();

		List<MimeMessage> received = TestMail.messagesTo(email);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Tienes tu plaza: Core training");
		assertThat(TestMail.plainText(received.get(0))).contains("Hola, Ana:")
			.contains("Tienes tu plaza en Core training")
			.contains("12 Main St, Springfield")
			.contains("http://localhost/" + organization.slug() + "/join/registrations/" + ana.privateToken());

		List<BodyPart> calendars = attachments(received.get(0), "text/calendar");
		assertThat(calendars).hasSize(1);
		assertThat(calendars.get(0).getFileName()).isEqualTo("core-training-" + FIRST_DAY + ".ics");
		Calendar calendar = new CalendarBuilder()
			.build(new InputStreamReader(calendars.get(0).getInputStream(), StandardCharsets.UTF_8));
		List<VEvent> days = calendar.getComponents("VEVENT");
		assertThat(days).hasSize(1);
		assertThat(value(days.get(0), "SUMMARY")).startsWith("Core training");
		assertThat(value(days.get(0), "DTSTART")).isEqualTo("20260418T100000");
		assertThat(value(days.get(0), "LOCATION")).isEqualTo("12 Main St, Springfield");
		assertThat(value(days.get(0), "URL")).endsWith(ana.privateToken());
	}

	@Test
	void someoneMovedToAnotherTrainingIsToldWhereFromInTheirLanguageWithTheNewCalendar() throws Exception {
		UUID later = trainingFixtures.scheduled(organization, chapterId, programId, FIRST_DAY.plusWeeks(2));
		String email = Fixtures.unique("ana") + "@example.org";
		Registration ana = signUp(email, Locale.forLanguageTag("es"));
		Letters.awaitHandled(jdbc, organization.id());

		as(() -> transfers.move(ana.id(), later, ana.version()));
		Letters.awaitHandled(jdbc, organization.id());
		delivery.deliverDue();

		assertThat(subjectsTo(email)).containsExactlyInAnyOrder("Tienes tu plaza: Core training",
				"Cambiaron tu inscripción: Core training");
		MimeMessage moved = TestMail.messagesTo(email)
			.stream()
			.filter(letter -> subjectOf(letter).startsWith("Cambiaron"))
			.findFirst()
			.orElseThrow();
		assertThat(TestMail.plainText(moved)).contains("Los organizadores pasaron tu inscripción de Core training del "
				+ "sábado 18 abril 2026 a esta formación.");
		Calendar calendar = new CalendarBuilder().build(new InputStreamReader(
				attachments(moved, "text/calendar").get(0).getInputStream(), StandardCharsets.UTF_8));
		assertThat(value(calendar.<VEvent>getComponents("VEVENT").get(0), "DTSTART")).isEqualTo("20260502T100000");
	}

	@Test
	void theWaitlistIsToldItsPlaceWithoutACalendar() throws Exception {
		signUp(Fixtures.unique("first") + "@example.org", Locale.ENGLISH);
		String email = Fixtures.unique("ben") + "@example.org";
		signUp(email, Locale.ENGLISH);
		Letters.awaitHandled(jdbc, organization.id());
		delivery.deliverDue();

		MimeMessage letter = TestMail.messagesTo(email).get(0);
		assertThat(letter.getSubject()).isEqualTo("You are on the waitlist: Core training");
		assertThat(TestMail.plainText(letter)).contains("you are number 1 on the waitlist");
		assertThat(attachments(letter, "text/calendar")).isEmpty();
	}

	@Test
	void signingUpAgainResendsTheLinkAtMostOnceAnHour() {
		String email = Fixtures.unique("cai") + "@example.org";
		Registration cai = signUp(email, Locale.ENGLISH);
		signUp(email, Locale.ENGLISH);
		signUp(email, Locale.ENGLISH);
		signUp(" " + email.toUpperCase(Locale.ROOT), Locale.ENGLISH);
		Letters.awaitHandled(jdbc, organization.id());
		assertThat(subjectsTo(email)).containsExactlyInAnyOrder("You have a seat: Core training",
				"Your registration for Core training");

		clock.set(clock.instant().plus(Duration.ofMinutes(61)));
		signUp(email, Locale.ENGLISH);
		Letters.awaitHandled(jdbc, organization.id());

		assertThat(subjectsTo(email)).containsExactlyInAnyOrder("You have a seat: Core training",
				"Your registration for Core training", "Your registration for Core training");
		assertThat(as(() -> registrations.ofTraining(trainingId))).extracting(Registration::id).containsExactly(cai.id());
	}

	@Test
	void aFreedSeatIsAnnouncedWithTheCalendarAndARedeliveredEventSendsNothingTwice() throws Exception {
		Registration ana = signUp(Fixtures.unique("ana") + "@example.org", Locale.ENGLISH);
		String email = Fixtures.unique("ben") + "@example.org";
		Registration ben = signUp(email, Locale.ENGLISH);
		// Letters are written after commit, as things then stand: first the sign-ups' own.
		Letters.awaitHandled(jdbc, organization.id());
		as(() -> {
			registrations.cancel(ana.id(), ana.version());
			return null;
		});
		Letters.awaitHandled(jdbc, organization.id());
		publish(new RegistrationPromoted(organization.id(), ben.id(), trainingId));
		publish(new SignedUp(organization.id(), ben.id(), trainingId, false));
		Letters.awaitHandled(jdbc, organization.id());
		delivery.deliverDue();

		List<MimeMessage> received = TestMail.messagesTo(email);
		assertThat(received).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("You are on the waitlist: Core training",
					"A seat freed up, you are in: Core training");
		MimeMessage promoted = received.stream()
			.filter(message -> subject(message).startsWith("A seat freed up"))
			.findFirst()
			.orElseThrow();
		assertThat(TestMail.plainText(promoted)).contains("their seat is now yours");
		assertThat(attachments(promoted, "text/calendar")).hasSize(1);
		assertThat(subjectsTo(ana.email())).as("nothing about the cancellation itself").hasSize(1);
	}

	@Test
	void erasedAndCancelledRegistrationsAreNeverMailed() {
		String erasedEmail = Fixtures.unique("erased") + "@example.org";
		Registration erased = signUp(erasedEmail, Locale.ENGLISH);
		as(() -> jdbc.sql("update registration set erased_at = now() where id = ?").param(erased.id()).update());
		publish(new SignedUp(organization.id(), erased.id(), trainingId, false));
		publish(new SignedUp(organization.id(), erased.id(), trainingId, true));
		publish(new ParticipantRemindersDue(organization.id(), trainingId, chapterId, FIRST_DAY, 1,
				FIRST_DAY.minusDays(1)));
		Letters.awaitHandled(jdbc, organization.id());

		assertThat(as(() -> jdbc.sql("select count(*) from mail_letter where to_address = ?")
			.param(erasedEmail)
			.query(Integer.class)
			.single())).as("only the confirmation queued before erasure, if any").isLessThanOrEqualTo(1);
		assertThat(subjectsTo(erasedEmail)).doesNotContain("Your registration for Core training",
				"Reminder: Core training");
	}

	@Test
	void remindersGoToThoseWithASeatAndTheDayBeforeToThoseWaitingOnce() {
		String seated = Fixtures.unique("seated") + "@example.org";
		String waiting = Fixtures.unique("waiting") + "@example.org";
		String gone = Fixtures.unique("gone") + "@example.org";
		signUp(seated, Locale.ENGLISH);
		signUp(waiting, Locale.forLanguageTag("es"));
		Registration left = signUp(gone, Locale.ENGLISH);
		String second = Fixtures.unique("second") + "@example.org";
		signUp(second, Locale.ENGLISH);
		Letters.awaitHandled(jdbc, organization.id());
		as(() -> {
			registrations.cancel(left.id(), left.version());
			return null;
		});
		Letters.awaitHandled(jdbc, organization.id());

		ParticipantRemindersDue weekAhead = new ParticipantRemindersDue(organization.id(), trainingId, chapterId,
				FIRST_DAY, 7, FIRST_DAY.minusDays(7));
		publish(weekAhead);
		Letters.awaitHandled(jdbc, organization.id());
		// The daily run announces again after a crash: the same announcement, handled again, sends nothing new.
		publish(weekAhead);
		Letters.awaitHandled(jdbc, organization.id());
		assertThat(subjectsTo(seated)).containsExactlyInAnyOrder("You have a seat: Core training",
				"Reminder: Core training");
		assertThat(subjectsTo(waiting)).containsExactly("Estás en la lista de espera: Core training");

		publish(new ParticipantRemindersDue(organization.id(), trainingId, chapterId, FIRST_DAY, 1,
				FIRST_DAY.minusDays(1)));
		Letters.awaitHandled(jdbc, organization.id());
		assertThat(subjectsTo(seated)).containsExactlyInAnyOrder("You have a seat: Core training",
				"Reminder: Core training", "Reminder: Core training");
		assertThat(subjectsTo(waiting)).containsExactlyInAnyOrder("Estás en la lista de espera: Core training",
				"Sigues en la lista de espera: Core training");
		assertThat(subjectsTo(gone)).containsExactly("You are on the waitlist: Core training");
		assertThat(as(() -> jdbc.sql("select text_body from mail_letter where to_address = ? and kind = ?")
			.params(second, "PARTICIPANT_REMINDER")
			.query(String.class)
			.single())).as("second in line once the one ahead of them left")
			.contains("you are number 2 on the waitlist");
		assertThat(as(() -> jdbc.sql("select text_body from mail_letter where to_address = ? and kind = ?")
			.params(seated, "PARTICIPANT_REMINDER")
			.query(String.class)
			.list())).anySatisfy(body -> assertThat(body).contains("Core training is in 7 days"))
			.anySatisfy(body -> assertThat(body).contains("Core training is tomorrow"));
	}

	private Registration signUp(String email, Locale language) {
		return as(() -> registrations
			.signUp(trainingId, new SignUpDetails("Ana", email, "", "", "", true), null, language)
			.registration());
	}

	private void publish(Object event) {
		TenantContext.runAsOrganization(organization.id(),
				() -> new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event)));
	}

	private static String subjectOf(MimeMessage letter) {
		try {
			return letter.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> subjectsTo(String email) {
		return as(() -> jdbc.sql("select subject from mail_letter where to_address = ? order by created_at, subject")
			.param(email.strip().toLowerCase(Locale.ROOT))
			.query(String.class)
			.list());
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	private static List<BodyPart> attachments(MimeMessage message, String type) throws Exception {
		List<BodyPart> found = new ArrayList<>();
		collect(message.getContent(), type, found);
		return found;
	}

	private static void collect(Object content, String type, List<BodyPart> found) throws Exception {
		if (!(content instanceof Multipart multipart)) {
			return;
		}
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				found.add(part);
			}
			else {
				collect(part.getContent(), type, found);
			}
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getRequiredProperty(name).getValue();
	}

}
