package org.liminal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Seats in arrival order, then the waitlist; one registration per email; a cancellation promotes the first person
 * waiting; and capacity holds in the database however many people race for the last seats.
 */
@SpringBootTest
@RecordApplicationEvents
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class })
class RegistrationsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	Registrations registrations;

	@Autowired
	PastRegistrations pastRegistrations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	OrganizationSummary organization;

	UUID trainingId;

	@BeforeEach
	void aTrainingWithThreeSeats() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("registrations");
		UUID programId = curriculum.publishedProgram(organization, "Core");
		UUID chapterId = trainingFixtures.chapter(organization);
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
		withCapacity(trainingId, 3);
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void seatsGoInArrivalOrderThenTheWaitlist() {
		List<SignUp> signUps = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			signUps.add(signUp(trainingId, "person" + i + "@example.org"));
		}
		assertThat(signUps).extracting(signUp -> signUp.registration().status())
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
					RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED);
		assertThat(signUps).extracting(SignUp::waitlistPosition).containsExactly(0, 0, 0, 1, 2);
		assertThat(as(() -> registrations.seats(trainingId))).isEqualTo(new Seats(3, 3, 2));
	}

	@Test
	void theSameEmailTwiceIsOneRegistration() {
		SignUp first = signUp(trainingId, "Ana@Example.org");
		SignUp again = signUp(trainingId, "  ana@example.ORG ");

		assertThat(again.existing()).isTrue();
		assertThat(again.registration().id()).isEqualTo(first.registration().id());
		assertThat(as(() -> registrations.ofTraining(trainingId))).hasSize(1);
	}

	@Test
	void aCancelledSeatGoesToTheFirstPersonWaiting() {
		SignUp seated = signUp(trainingId, "a@example.org");
		signUp(trainingId, "b@example.org");
		signUp(trainingId, "c@example.org");
		SignUp firstWaiting = signUp(trainingId, "d@example.org");
		SignUp secondWaiting = signUp(trainingId, "e@example.org");

		as(() -> {
			registrations.cancel(seated.registration().id(), seated.registration().version());
			return null;
		});

		assertThat(as(() -> registrations.registration(firstWaiting.registration().id())).status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(as(() -> registrations.waitlistPosition(registrations.registration(secondWaiting.registration().id()))))
			.isEqualTo(1);
		assertThat(events.stream(RegistrationPromoted.class)).singleElement()
			.satisfies(promoted -> assertThat(promoted.registrationId()).isEqualTo(firstWaiting.registration().id()));
		assertThat(as(() -> registrations.seats(trainingId))).isEqualTo(new Seats(3, 3, 1));
		assertThatThrownBy(() -> as(() -> {
			registrations.cancel(seated.registration().id(), seated.registration().version());
			return null;
		})).isInstanceOf(ParticipantsChangeRefused.class);
		assertThat(signUp(trainingId, "a@example.org").existing()).as("cancelled: a new sign-up").isFalse();
	}

	@Test
	void badInputIsRefusedByField() {
		assertRefused(new SignUpDetails("", "a@example.org", "", "", "", true), "name");
		assertRefused(new SignUpDetails("Ana", "not an email", "", "", "", true), "email");
		assertRefused(new SignUpDetails("Ana", "a@example.org", "", "", "", false), "consent");
		assertRefused(new SignUpDetails("x".repeat(121), "a@example.org", "", "", "", true), "name");
		assertRefused(new SignUpDetails("Ana", "a@example.org", "", "n".repeat(1001), "", true), "accessNeeds");
		assertThat(as(() -> registrations.ofTraining(trainingId))).isEmpty();
		SignUp rtl = signUp(trainingId, "rtl@example.org", "سارة 🌱 <b>Sara</b>");
		assertThat(rtl.registration().name()).isEqualTo("سارة 🌱 <b>Sara</b>");
	}

	@Test
	void manyPeopleRacingForTheLastSeatsNeverOverfillTheTraining() throws Exception {
		int people = 40;
		List<Callable<SignUp>> racers = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		for (int i = 0; i < people; i++) {
			String email = "racer" + i + "@example.org";
			racers.add(() -> {
				start.await();
				return signUp(trainingId, email);
			});
		}
		// The same person pressing "sign up" on several devices at once.
		for (int i = 0; i < 8; i++) {
			racers.add(() -> {
				start.await();
				return signUp(trainingId, "twice@example.org");
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<SignUp>> results = new ArrayList<>();
			racers.forEach(racer -> results.add(pool.submit(racer)));
			start.countDown();
			for (Future<SignUp> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}

		List<Registration> all = as(() -> registrations.ofTraining(trainingId));
		assertThat(all).hasSize(people + 1);
		assertThat(all).filteredOn(Registration::isConfirmed).hasSize(3);
		assertThat(all).extracting(Registration::email).doesNotHaveDuplicates();
		assertThat(all.subList(0, 3)).as("the first three to arrive have the seats").allMatch(Registration::isConfirmed);
		assertThat(as(() -> registrations.seats(trainingId))).isEqualTo(new Seats(3, 3, people + 1 - 3));
	}

	@Test
	void theDatabaseRefusesMoreConfirmedThanSeatsWhateverTheCode() {
		for (int i = 1; i <= 3; i++) {
			signUp(trainingId, "seated" + i + "@example.org");
		}
		assertThatThrownBy(() -> as(() -> jdbc.sql("""
				insert into registration (id, organization_id, training_id, name, email, consent, status, created_at)
				values (?, ?, ?, 'Sneaky', 'sneaky@example.org', true, 'CONFIRMED', now())""")
			.params(UUID.randomUUID(), organization.id(), trainingId)
			.update())).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anotherOrganizationsTrainingAndRegistrationsAreNotFound() {
		SignUp mine = signUp(trainingId, "mine@example.org");
		OrganizationSummary other = fixtures.organization("registrations-other");
		assertThatThrownBy(() -> TenantContext.callAsOrganization(other.id(),
				() -> registrations.signUp(trainingId, details("x@example.org", "X")))).isInstanceOf(TrainingNotFound.class);
		assertThatThrownBy(() -> TenantContext.callAsOrganization(other.id(),
				() -> registrations.registration(mine.registration().id()))).isInstanceOf(RegistrationNotFound.class);
	}

	@Test
	void moreSeatsGoToThePeopleWaitingInTheirOrder() {
		for (int i = 1; i <= 6; i++) {
			signUp(trainingId, "person" + i + "@example.org");
		}
		withCapacity(trainingId, 5);

		List<Registration> all = as(() -> registrations.ofTraining(trainingId));
		assertThat(all).extracting(Registration::status)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
					RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
		assertThat(events.stream(RegistrationPromoted.class)).extracting(RegistrationPromoted::registrationId)
			.containsExactly(all.get(3).id(), all.get(4).id());
		assertThat(as(() -> registrations.seats(trainingId))).isEqualTo(new Seats(5, 5, 1));
	}

	@Test
	void fewerSeatsThanPeopleConfirmedAreRefusedAndNothingChanges() {
		signUp(trainingId, "a@example.org");
		signUp(trainingId, "b@example.org");

		assertThatThrownBy(() -> withCapacity(trainingId, 1)).isInstanceOfSatisfying(
				org.liminal.trainings.TrainingChangeRefused.class,
				refused -> assertThat(refused.field()).isEqualTo("capacity"));
		assertThat(as(() -> trainings.training(trainingId).details().capacity())).isEqualTo(3);
		withCapacity(trainingId, 2);
		assertThat(as(() -> registrations.seats(trainingId))).isEqualTo(new Seats(2, 2, 0));
	}

	@Test
	void aPrivateTokenOpensItsRegistrationOnlyInItsOrganization() {
		Registration registration = signUp(trainingId, "a@example.org").registration();

		assertThat(registration.privateToken()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(as(() -> registrations.byPrivateToken(registration.privateToken()))).contains(registration);
		assertThat(as(() -> registrations.byPrivateToken(registration.privateToken() + "x"))).isEmpty();
		assertThat(as(() -> registrations.byPrivateToken(""))).isEmpty();
		OrganizationSummary other = fixtures.organization("registrations-other");
		assertThat(TenantContext.callAsOrganization(other.id(),
				() -> registrations.byPrivateToken(registration.privateToken()))).isEmpty();
	}

	@Test
	void anUpdateKeepsTheEmailAndRefusesAStaleVersion() {
		Registration registration = signUp(trainingId, "a@example.org").registration();
		SignUpDetails changed = new SignUpDetails("Ana María", "other@example.org", "+1 555 0100", "Step-free", "",
				true);

		as(() -> {
			registrations.update(registration.id(), changed, registration.version());
			return null;
		});
		Registration updated = as(() -> registrations.registration(registration.id()));
		assertThat(updated.name()).isEqualTo("Ana María");
		assertThat(updated.email()).isEqualTo("a@example.org");
		assertThat(updated.accessNeeds()).isEqualTo("Step-free");
		assertThatThrownBy(() -> as(() -> {
			registrations.update(registration.id(), changed, registration.version());
			return null;
		})).isInstanceOf(ParticipantsChangeRefused.class);
	}

	@Test
	void aTrainingHeldBeforeLiminalKnewOfItGetsItsSignUpsReplayedAsOfThen() {
		// The training of 18 April, replayed from 6 May: signed up for on 1 April, when it was still ahead.
		clock.set(Instant.parse("2026-05-06T15:00:00Z"));
		Instant firstOfApril = Instant.parse("2026-04-01T15:00:00Z");

		SignUp early = as(() -> pastRegistrations.asOf(firstOfApril,
				asThen -> asThen.signUp(trainingId, details("early@example.org", "Early"))));

		assertThat(early.registration().isConfirmed()).isTrue();
		assertThat(early.registration().createdAt()).isEqualTo(firstOfApril);
		assertThatThrownBy(() -> as(() -> registrations.signUp(trainingId, details("late@example.org", "Late"))))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("signUp.error.closed"));
		assertThatThrownBy(() -> as(() -> pastRegistrations.asOf(Instant.parse("2026-06-01T00:00:00Z"), asThen -> null)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private void withCapacity(UUID id, int capacity) {
		TenantContext.runAsOrganization(organization.id(), () -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(id, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(), capacity,
					details.language(), details.open(), details.notes()), trainings.training(id).version());
		});
	}

	private SignUp signUp(UUID training, String email) {
		return signUp(training, email, "Someone");
	}

	private SignUp signUp(UUID training, String email, String name) {
		return as(() -> registrations.signUp(training, details(email, name)));
	}

	private static SignUpDetails details(String email, String name) {
		return new SignUpDetails(name, email, "", "", "a friend", true);
	}

	private void assertRefused(SignUpDetails details, String field) {
		assertThatThrownBy(() -> as(() -> registrations.signUp(trainingId, details)))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class, refused -> assertThat(refused.field()).isEqualTo(field));
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
