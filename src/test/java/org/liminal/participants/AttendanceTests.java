package org.liminal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.TestMail;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.notifications.MailDelivery;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.BadgeColour;
import org.liminal.pathway.KindDetails;
import org.liminal.pathway.KindScope;
import org.liminal.pathway.PathwayFixtures;
import org.liminal.trainings.AttendanceRecords;
import org.liminal.trainings.Attendee;
import org.liminal.trainings.TrainingCompleted;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * After a training: attendance (check-ins pre-fill it) and next steps, each next step's follow-up letter queued once
 * in the training's language, and the attendees a completed training hands to the pathway.
 */
@SpringBootTest
@RecordApplicationEvents
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class,
		MutableClock.Configuration.class })
class AttendanceTests {

	static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 18);

	/** The follow-up letters, not the sign-up confirmations queued beside them after each sign-up commits. */
	static final String FOLLOW_UPS = "dedupe_key like 'followUp:%'";

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Trainings trainings;

	@Autowired
	Registrations registrations;

	@Autowired
	Attendance attendance;

	@Autowired
	Teams teams;

	@Autowired
	AttendanceRecords records;

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

	UUID programId;

	UUID chapterId;

	UUID trainingId;

	UUID outreach;

	Registration ana;

	Registration ben;

	Registration cy;

	@BeforeEach
	void aTrainingHeldTodayWithThreePeopleAndATeam() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("attendance");
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(lead.accountId()), Set.of());
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, FIRST_DAY);
		outreach = as(() -> teams.create(chapterId,
				new TeamDetails("Outreach", "Door knocking on Saturdays", "Bo Contact", Fixtures.unique("bo") + "@example.org")));
		ana = signUp("Ana Newcomer", Fixtures.unique("ana") + "@example.org");
		ben = signUp("Ben Newcomer", Fixtures.unique("ben") + "@example.org");
		cy = signUp("Cy Newcomer", Fixtures.unique("cy") + "@example.org");
		as(() -> jdbc.sql("update registration set checked_in_at = now() where id = ?").param(ana.id()).update());
		clock.set(Instant.parse("2026-04-18T20:00:00Z"));
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void attendanceOpensOnTheFirstDay() {
		clock.set(Instant.parse("2026-04-18T04:00:00Z"));
		assertThat(as(() -> attendance.isOpen(trainings.training(trainingId)))).as("still the 17th in Chicago").isFalse();
		assertThatThrownBy(() -> record(entry(ana, true, NextStep.NOT_NOW, null))).isInstanceOfSatisfying(
				ParticipantsChangeRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("attendance.error.notOpen"));

		clock.set(Instant.parse("2026-04-18T06:00:00Z"));
		assertThat(as(() -> attendance.isOpen(trainings.training(trainingId)))).isTrue();
	}

	@Test
	void attendanceAndNextStepsAreSavedAndEachFollowUpIsQueuedOncePerChoice() throws Exception {
		assertThat(as(() -> attendance.expected(trainingId))).extracting(Registration::id)
			.containsExactly(ana.id(), ben.id(), cy.id());

		record(entry(ana, true, NextStep.TEAM, outreach), entry(ben, true, NextStep.NOT_NOW, null),
				entry(cy, false, null, null));

		assertThat(reread(ana)).satisfies(saved -> {
			assertThat(saved.attended()).isTrue();
			assertThat(saved.nextStep()).isEqualTo(NextStep.TEAM);
			assertThat(saved.nextStepTeamId()).isEqualTo(outreach);
		});
		assertThat(reread(cy).attended()).isFalse();
		Team team = as(() -> teams.team(chapterId, outreach));
		assertThat(subjectsTo(ana.email())).containsExactly("Welcome to Outreach");
		assertThat(subjectsTo(team.contactEmail())).containsExactly("Ana Newcomer would like to join Outreach");
		assertThat(subjectsTo(ben.email())).containsExactly("Thank you for coming to Core");
		assertThat(subjectsTo(cy.email())).isEmpty();

		// Saving the same again, then changing one's mind and back, sends nothing twice.
		record(entry(reread(ana), true, NextStep.TEAM, outreach), entry(reread(ben), true, NextStep.TEAM, outreach),
				entry(reread(cy), false, null, null));
		record(entry(reread(ben), true, NextStep.NOT_NOW, null));
		record(entry(reread(ben), true, NextStep.TEAM, outreach));
		assertThat(subjectsTo(ana.email())).hasSize(1);
		assertThat(subjectsTo(ben.email())).containsExactlyInAnyOrder("Thank you for coming to Core", "Welcome to Outreach");
		assertThat(subjectsTo(team.contactEmail())).hasSize(2);

		delivery.deliverDue();
		List<MimeMessage> toAna = TestMail.messagesTo(ana.email())
			.stream()
			.filter(message -> subjectOf(message).equals("Welcome to Outreach"))
			.toList();
		assertThat(toAna).hasSize(1);
		assertThat(TestMail.plainText(toAna.get(0))).contains("Hello Ana Newcomer,")
			.contains("Thank you for coming to Core in ")
			.contains("You chose to join Outreach.")
			.contains("What the team does: Door knocking on Saturdays")
			.contains("Bo Contact welcomes newcomers")
			.contains(team.contactEmail());
		assertThat(TestMail.plainText(TestMail.messagesTo(team.contactEmail()).get(0)))
			.contains("Ana Newcomer came to Core in ")
			.contains("Email: " + ana.email());
	}

	@Test
	void volunteeringOrAnUpgradeNamesTheChaptersLeadsInTheTrainingsLanguage() {
		as(() -> jdbc.sql("update training set language = 'es' where id = ?").param(trainingId).update());

		record(entry(ana, true, NextStep.DAY_OF_VOLUNTEER, null), entry(ben, true, NextStep.UPGRADE_TRAINING, null));

		Map<String, Object> toAna = letterTo(ana.email());
		assertThat(toAna.get("subject")).isEqualTo("Ayudar el día de una formación: lo que sigue");
		assertThat((String) toAna.get("text_body")).contains("Ofreciste ayudar")
			.contains(lead.account().displayName() + ": " + lead.email());
		assertThat(letterTo(ben.email()).get("subject")).isEqualTo("Tu formación avanzada: lo que sigue");
	}

	@Test
	void withoutLeadsTheOrganizationIsTheContact() {
		UUID leaderless = trainingFixtures.chapter(organization);
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		UUID training = trainingFixtures.scheduled(organization, leaderless, programId, FIRST_DAY);
		Registration dee = as(() -> registrations.signUp(training,
				new SignUpDetails("Dee", Fixtures.unique("dee") + "@example.org", "", "", "", true)).registration());
		clock.set(Instant.parse("2026-04-18T20:00:00Z"));

		run(() -> attendance.record(training, List.of(entry(dee, true, NextStep.DAY_OF_VOLUNTEER, null))));

		assertThat((String) letterTo(dee.email()).get("text_body"))
			.contains("The organizers of " + organization.name() + " will be in touch");
	}

	@Test
	void unsoundRowsAreRefusedByRowAndNothingIsSaved() {
		assertRefusedAt(1, entry(ana, true, NextStep.NOT_NOW, null), entry(ben, false, NextStep.NOT_NOW, null));
		assertRefusedAt(0, entry(ana, true, NextStep.TEAM, null));
		assertRefusedAt(0, entry(ana, true, NextStep.TEAM, UUID.randomUUID()));
		UUID otherChapter = trainingFixtures.chapter(organization);
		UUID otherChaptersTeam = as(() -> teams.create(otherChapter,
				new TeamDetails("Elsewhere", "", "Eve", "eve@example.org")));
		assertRefusedAt(0, entry(ana, true, NextStep.TEAM, otherChaptersTeam));
		run(() -> teams.archive(chapterId, outreach, 0));
		assertRefusedAt(0, entry(ana, true, NextStep.TEAM, outreach));

		assertThat(as(() -> attendance.expected(trainingId))).allSatisfy(registration -> {
			assertThat(registration.attended()).isNull();
			assertThat(registration.nextStep()).isNull();
		});
		assertThat(subjectsTo(ana.email())).isEmpty();
		assertThatThrownBy(() -> record(new AttendanceEntry(UUID.randomUUID(), true, null, null, 0)))
			.isInstanceOf(RegistrationNotFound.class);
	}

	@Test
	void aRowSavedMeanwhileRefusesTheWholeSaveAndNamesIt() {
		record(entry(ana, true, NextStep.NOT_NOW, null));

		assertThatThrownBy(() -> record(entry(ana, false, null, null), entry(ben, true, NextStep.NOT_NOW, null)))
			.isInstanceOfSatisfying(AttendanceConflict.class,
					conflict -> assertThat(conflict.registrationIds()).containsExactly(ana.id()));
		assertThat(reread(ana).attended()).isTrue();
		assertThat(reread(ben).attended()).as("nothing of the refused save").isNull();
		// A stale row that changes nothing is no conflict.
		record(entry(ana, true, NextStep.NOT_NOW, null), entry(ben, true, null, null));
		assertThat(reread(ben).attended()).isTrue();
	}

	@Test
	void erasedPeopleAreNeverMailed() {
		as(() -> jdbc.sql("update registration set erased_at = now() where id = ?").param(ben.id()).update());

		record(entry(reread(ben), true, NextStep.NOT_NOW, null));

		assertThat(reread(ben).nextStep()).isEqualTo(NextStep.NOT_NOW);
		assertThat(subjectsTo(ben.email())).isEmpty();
		assertThat(as(() -> records.attendeesOf(trainingId))).isEmpty();
	}

	@Test
	void completingTheTrainingHandsItsAttendeesToThePathway() {
		UUID kind = pathway.kind(organization, new KindDetails("Completed core", "", BadgeColour.TEAL, KindScope.GENERAL,
				programId, null, null));
		Person member = fixtures.member(organization, OrganizationRole.TRAINER);
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		Registration memberSignedUp = signUp("A member", member.email().toUpperCase());
		clock.set(Instant.parse("2026-04-18T20:00:00Z"));
		record(entry(ana, true, null, null), entry(ben, false, null, null), entry(cy, true, NextStep.NOT_NOW, null),
				entry(memberSignedUp, true, null, null));

		run(() -> trainings.complete(trainingId, trainings.training(trainingId).version()));

		List<Attendee> expected = List.of(new Attendee("Ana Newcomer", ana.email(), null),
				new Attendee("Cy Newcomer", cy.email(), null),
				new Attendee("A member", member.email().toLowerCase(), member.accountId()));
		assertThat(events.stream(TrainingCompleted.class)).singleElement()
			.satisfies(completed -> assertThat(completed.attendees()).containsExactlyElementsOf(expected));
		List<Map<String, Object>> grants = as(() -> jdbc
			.sql("select holder_email, account_id from qualification where kind_id = ? order by holder_email")
			.param(kind)
			.query()
			.listOfRows());
		assertThat(grants).extracting(grant -> grant.get("holder_email"))
			.containsExactlyInAnyOrder(ana.email(), cy.email(), member.email().toLowerCase());
		assertThat(grants).filteredOn(grant -> member.accountId().equals(grant.get("account_id"))).hasSize(1);
	}

	private Registration signUp(String name, String email) {
		return as(() -> registrations.signUp(trainingId, new SignUpDetails(name, email, "", "", "", true)).registration());
	}

	private static AttendanceEntry entry(Registration registration, boolean attended, NextStep step, UUID teamId) {
		return new AttendanceEntry(registration.id(), attended, step, teamId, registration.version());
	}

	private void record(AttendanceEntry... entries) {
		run(() -> attendance.record(trainingId, List.of(entries)));
	}

	private void assertRefusedAt(int row, AttendanceEntry... entries) {
		assertThatThrownBy(() -> record(entries)).isInstanceOfSatisfying(ParticipantsChangeRefused.class,
				refused -> assertThat(refused.field()).isEqualTo("rows[" + row + "].choice"));
	}

	private Registration reread(Registration registration) {
		return as(() -> registrations.registration(registration.id()));
	}

	private List<String> subjectsTo(String address) {
		return as(() -> jdbc.sql("select subject from mail_letter where to_address = ? and " + FOLLOW_UPS + " order by created_at")
			.param(address)
			.query(String.class)
			.list());
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> letterTo(String address) {
		return as(() -> jdbc.sql("select subject, text_body from mail_letter where to_address = ? and " + FOLLOW_UPS)
			.param(address)
			.query()
			.singleRow());
	}

	private void run(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
