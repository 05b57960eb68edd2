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
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.Readiness;
import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The staff side of registrations: lists with waitlist places, adding someone by hand, moving people between
 * trainings (also racing for a last seat), cancelling, and the door: check-ins by several welcomers at once and
 * walk-ins while there are seats.
 */
@SpringBootTest
@RecordApplicationEvents
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class })
class StaffSideTests {

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
	RegistrationLists lists;

	@Autowired
	StaffSignUps staffSignUps;

	@Autowired
	Transfers transfers;

	@Autowired
	CheckIns checkIns;

	@Autowired
	TrainingReadiness readiness;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	OrganizationSummary organization;

	UUID chapterId;

	UUID programId;

	UUID here;

	UUID there;

	Person lead;

	Person welcomer;

	Person otherWelcomer;

	@BeforeEach
	void twoTrainingsOfThreeSeats() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("staff-side");
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		welcomer = fixtures.member(organization, OrganizationRole.TRAINER);
		otherWelcomer = fixtures.member(organization, OrganizationRole.TRAINER);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = trainingFixtures.chapter(organization);
		here = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
		there = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 5, 16));
		withCapacity(here, 3);
		withCapacity(there, 3);
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void theListFindsByNameOrEmailFiltersAndShowsWaitlistPlaces() {
		signUp(here, "ana@example.org", "Ana Ruiz");
		signUp(here, "bo@example.org", "Bo Chen");
		signUp(here, "cy@example.org", "Cy 100%");
		signUp(here, "dee@example.org", "Dee Ruiz");
		signUp(here, "eli@example.org", "Eli");

		RegistrationPage waiting = as(() -> lists.page(here,
				new RegistrationSearch("", RegistrationFilter.WAITLISTED), RegistrationLists.Order.ARRIVAL, 1, 25));
		assertThat(waiting.rows()).extracting(row -> row.registration().name(), RegistrationRow::waitlistPosition)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dee Ruiz", 1), org.assertj.core.groups.Tuple.tuple("Eli", 2));

		RegistrationPage ruiz = as(() -> lists.page(here, new RegistrationSearch(" RUIZ ", null),
				RegistrationLists.Order.NAME, 1, 25));
		assertThat(ruiz.rows()).extracting(row -> row.registration().name()).containsExactly("Ana Ruiz", "Dee Ruiz");
		assertThat(ruiz.rows().get(1).waitlistPosition()).as("the place on the whole waitlist, not in the result").isEqualTo(1);
		assertThat(as(() -> lists.page(here, new RegistrationSearch("bo@", null), RegistrationLists.Order.NAME, 1, 25))
			.total()).isEqualTo(1);
		assertThat(as(() -> lists.page(here, new RegistrationSearch("%", null), RegistrationLists.Order.NAME, 1, 25))
			.rows()).as("a wildcard is just a character").extracting(row -> row.registration().name())
			.containsExactly("Cy 100%");

		RegistrationPage second = as(() -> lists.page(here, new RegistrationSearch("", RegistrationFilter.ALL),
				RegistrationLists.Order.ARRIVAL, 2, 2));
		assertThat(second.rows()).extracting(row -> row.registration().name()).containsExactly("Cy 100%", "Dee Ruiz");
		assertThat(second.pages()).isEqualTo(3);
		assertThat(as(() -> lists.page(here, new RegistrationSearch("", RegistrationFilter.ALL),
				RegistrationLists.Order.ARRIVAL, 99, 2)).page()).as("beyond the last page: the last").isEqualTo(3);
		assertThat(as(() -> lists.headcount(trainings.training(here)))).isEqualTo(new Headcount(3, 3, 2, 0, 0));
	}

	@Test
	void staffAddSomeoneWithTheSameRulesAndTheirConsentIsRecorded() {
		SignUp added = as(() -> staffSignUps.add(here, details("new@example.org", "New Person"), lead.accountId()));
		SignUp again = as(() -> staffSignUps.add(here, details("NEW@example.org", "Other name"), lead.accountId()));

		assertThat(added.registration().isConfirmed()).isTrue();
		assertThat(again.existing()).isTrue();
		assertThat(again.registration().id()).isEqualTo(added.registration().id());
		assertThat(consentRecordedBy(added.registration().id())).isEqualTo(lead.accountId());
		assertThatThrownBy(() -> as(() -> staffSignUps.add(here,
				new SignUpDetails("No consent", "nc@example.org", "", "", "", false), lead.accountId())))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class, refused -> assertThat(refused.field()).isEqualTo("consent"));
	}

	@Test
	void aMoveFreesTheSeatHereForTheFirstWaitingAndSignsUpThere() {
		Registration moving = signUp(here, "mover@example.org", "Mover").registration();
		signUp(here, "b@example.org", "B");
		signUp(here, "c@example.org", "C");
		Registration waiting = signUp(here, "w@example.org", "Waiting").registration();
		for (int i = 1; i <= 3; i++) {
			signUp(there, "full" + i + "@example.org", "Full " + i);
		}

		SignUp moved = as(() -> transfers.move(moving.id(), there, moving.version()));

		assertThat(as(() -> registrations.registration(moving.id())).isCancelled()).isTrue();
		assertThat(as(() -> registrations.registration(waiting.id())).isConfirmed()).as("promoted here").isTrue();
		assertThat(moved.registration().trainingId()).isEqualTo(there);
		assertThat(moved.registration().isWaitlisted()).as("there is full: its waitlist, by arrival now").isTrue();
		assertThat(moved.waitlistPosition()).isEqualTo(1);
		assertThat(moved.registration().email()).isEqualTo("mover@example.org");
		assertThat(events.stream(RegistrationMoved.class)).singleElement()
			.satisfies(event -> assertThat(event.toRegistrationId()).isEqualTo(moved.registration().id()));
	}

	@Test
	void aMoveIsRefusedWhenTheyAreAlreadyThereOrTheVersionIsStale() {
		Registration moving = signUp(here, "twice@example.org", "Twice").registration();
		signUp(there, "twice@example.org", "Twice");

		assertThatThrownBy(() -> as(() -> transfers.move(moving.id(), there, moving.version())))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class, refused -> {
				assertThat(refused.field()).isEqualTo("to");
				assertThat(refused.messageKey()).isEqualTo("registrations.error.alreadyThere");
			});
		assertThat(as(() -> registrations.registration(moving.id())).isConfirmed()).as("nothing changed").isTrue();
		assertThatThrownBy(() -> as(() -> transfers.move(moving.id(), here, moving.version())))
			.isInstanceOf(ParticipantsChangeRefused.class);

		Registration other = signUp(here, "other@example.org", "Other").registration();
		as(() -> {
			registrations.update(other.id(), details("other@example.org", "Renamed"), other.version());
			return null;
		});
		assertThatThrownBy(() -> as(() -> transfers.move(other.id(), there, other.version())))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("registration.error.conflict"));
		assertThat(as(() -> registrations.ofTraining(there))).extracting(Registration::email)
			.containsExactly("twice@example.org");
	}

	@Test
	void twoStaffMovingPeopleIntoTheLastSeatAtOnceFillItOnceAndNeverDeadlock() throws Exception {
		signUp(there, "x1@example.org", "X1");
		signUp(there, "x2@example.org", "X2");
		Registration first = signUp(here, "first@example.org", "First").registration();
		Registration second = signUp(here, "second@example.org", "Second").registration();
		// And at the same time, someone moving the other way: the seats rows are locked in the same order.
		Registration back = signUp(there, "back@example.org", "Back").registration();

		race(List.of(() -> as(() -> transfers.move(first.id(), there, first.version())),
				() -> as(() -> transfers.move(second.id(), there, second.version())),
				() -> as(() -> transfers.move(back.id(), here, back.version()))));

		List<Registration> atThere = as(() -> registrations.ofTraining(there)).stream()
			.filter(registration -> !registration.isCancelled())
			.toList();
		assertThat(atThere).extracting(Registration::email).contains("first@example.org", "second@example.org");
		assertThat(atThere).filteredOn(Registration::isConfirmed).hasSize(3);
		assertThat(as(() -> registrations.seats(there)).taken()).isEqualTo(3);
		assertThat(as(() -> registrations.ofTraining(here))).filteredOn(Registration::isConfirmed)
			.extracting(Registration::email)
			.containsExactly("back@example.org");
	}

	@Test
	void checkingInTwiceByTwoWelcomersAtOnceIsOneCheckInAndNoConflict() throws Exception {
		Registration ana = signUp(here, "ana@example.org", "Ana").registration();

		List<CheckIn> results = race(List.of(() -> as(() -> checkIns.checkIn(ana.id(), welcomer.accountId())),
				() -> as(() -> checkIns.checkIn(ana.id(), otherWelcomer.accountId()))));

		assertThat(results).filteredOn(CheckIn::already).hasSize(1);
		CheckIn first = results.stream().filter(result -> !result.already()).findFirst().orElseThrow();
		CheckIn second = results.stream().filter(CheckIn::already).findFirst().orElseThrow();
		assertThat(second.by()).as("the second welcomer sees who checked them in").isEqualTo(first.by());
		assertThat(second.at()).isEqualTo(first.at());
		assertThat(as(() -> registrations.registration(ana.id())).version()).as("no version to conflict on")
			.isEqualTo(ana.version());

		as(() -> {
			checkIns.undo(ana.id());
			checkIns.undo(ana.id());
			return null;
		});
		assertThat(as(() -> registrations.registration(ana.id())).isCheckedIn()).isFalse();
		assertThat(as(() -> checkIns.checkIn(ana.id(), welcomer.accountId())).already()).isFalse();
	}

	@Test
	void walkInsTakeFreeSeatsAndAreCheckedInThenAFullRoomRefusesThem() {
		signUp(here, "a@example.org", "A");
		Registration waiting;
		CheckIn walkIn = as(() -> checkIns.walkIn(here, new WalkIn("Walk In", "walk@example.org", true),
				welcomer.accountId()));
		assertThat(walkIn.registration().walkIn()).isTrue();
		assertThat(walkIn.registration().isCheckedIn()).isTrue();
		assertThat(walkIn.registration().isConfirmed()).isTrue();
		assertThat(consentRecordedBy(walkIn.registration().id())).isEqualTo(welcomer.accountId());

		CheckIn known = as(() -> checkIns.walkIn(here, new WalkIn("A again", "A@example.org", true),
				welcomer.accountId()));
		assertThat(known.registration().walkIn()).as("already registered: simply checked in").isFalse();
		assertThat(known.registration().isCheckedIn()).isTrue();

		signUp(here, "c@example.org", "C");
		waiting = signUp(here, "w@example.org", "W").registration();
		assertThatThrownBy(() -> as(() -> checkIns.walkIn(here, new WalkIn("Late", "late@example.org", true),
				welcomer.accountId())))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("checkIn.error.full"));
		assertThatThrownBy(() -> as(() -> checkIns.checkIn(waiting.id(), welcomer.accountId())))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("checkIn.error.waitlisted"));
		assertThatThrownBy(() -> as(() -> checkIns.walkIn(here, new WalkIn("", "x@example.org", true),
				welcomer.accountId()))).isInstanceOf(ParticipantsChangeRefused.class);

		// Someone with a seat cancels at the last minute: the first person waiting has it, and came.
		Registration c = as(() -> registrations.ofTraining(here)).stream()
			.filter(registration -> registration.email().equals("c@example.org"))
			.findFirst()
			.orElseThrow();
		as(() -> {
			registrations.cancel(c.id(), c.version());
			return null;
		});
		assertThat(as(() -> checkIns.checkIn(waiting.id(), welcomer.accountId())).already()).isFalse();
		assertThat(as(() -> lists.headcount(trainings.training(here)))).isEqualTo(new Headcount(3, 3, 0, 3, 1));
	}

	@Test
	void readinessNeedsAttentionWhenFewSeatsAreTakenTwoWeeksOut() {
		UUID soon = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 10));
		withCapacity(soon, 4);
		assertThat(reasonsOf(soon)).contains("readiness.reason.fewRegistrations");
		signUp(soon, "one@example.org", "One");
		signUp(soon, "two@example.org", "Two");
		assertThat(reasonsOf(soon)).doesNotContain("readiness.reason.fewRegistrations");
		assertThat(reasonsOf(here)).as("seven weeks out: early days").doesNotContain("readiness.reason.fewRegistrations");
		assertThat(as(() -> readiness.of(List.of(trainingFinderSummary(soon))).get(soon).registrations()))
			.isEqualTo(new org.liminal.preparation.RegistrationCount(4, 2, 0));
	}

	private List<String> reasonsOf(UUID trainingId) {
		return as(() -> readiness.of(trainings.training(trainingId)).orElseThrow().reasons())
			.stream()
			.map(Readiness.Reason::messageKey)
			.toList();
	}

	@Autowired
	org.liminal.trainings.TrainingFinder finder;

	private org.liminal.trainings.TrainingSummary trainingFinderSummary(UUID trainingId) {
		return as(() -> finder.summaries(List.of(trainingId)).get(trainingId));
	}

	private UUID consentRecordedBy(UUID registrationId) {
		return as(() -> jdbc.sql("select consent_recorded_by from registration where id = ?")
			.param(registrationId)
			.query(UUID.class)
			.single());
	}

	private <T> List<T> race(List<Callable<T>> racers) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(racers.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> racer : racers) {
				futures.add(pool.submit(() -> {
					start.await();
					return racer.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private void withCapacity(UUID id, int capacity) {
		TenantContext.runAsOrganization(organization.id(), () -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(id, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(), capacity,
					details.language(), details.open(), details.notes()), trainings.training(id).version());
		});
	}

	private SignUp signUp(UUID training, String email, String name) {
		return as(() -> registrations.signUp(training, details(email, name)));
	}

	private static SignUpDetails details(String email, String name) {
		return new SignUpDetails(name, email, "", "", "", true);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
