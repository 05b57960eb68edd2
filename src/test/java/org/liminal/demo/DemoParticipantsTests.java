package org.liminal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Attendance;
import org.liminal.participants.NextStep;
import org.liminal.participants.Registration;
import org.liminal.participants.RegistrationStatus;
import org.liminal.participants.Registrations;
import org.liminal.participants.Seats;
import org.liminal.participants.Teams;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's participants, seeded on awkward days: the held training's sign-ups, cancellations, check-ins, walk-ins,
 * attendance and next steps, teams in every chapter, and
 * the upcoming open trainings filling up, the compressed one with a waitlist. Seeding twice adds nothing.
 */
@DemoTest
class DemoParticipantsTests {

	@Autowired
	Organizations organizations;

	@Autowired
	DemoCurriculum demoCurriculum;

	@Autowired
	DemoTrainings demoTrainings;

	@Autowired
	DemoParticipants demoParticipants;

	@Autowired
	TrainingFinder finder;

	@Autowired
	Registrations registrations;

	@Autowired
	Attendance attendance;

	@Autowired
	Teams teams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-07T06:00:00Z", "2026-12-31T23:30:00Z" })
	void theHeldTrainingWasAttendedAndTheUpcomingOnesFill(String now) {
		clock.set(Instant.parse(now));
		OrganizationSummary organization = organizations.create(Fixtures.unique("demo"), "Demo participants");
		TenantContext.runAsOrganization(organization.id(), demoCurriculum::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoTrainings::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoParticipants::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoParticipants::seedUnlessPresent);

		TenantContext.runAsOrganization(organization.id(), () -> {
			List<TrainingSummary> all = finder.find(TrainingFilter.any(), 1, 100).trainings();
			TrainingSummary held = all.stream()
				.filter(training -> training.status() == TrainingStatus.COMPLETED)
				.findFirst()
				.orElseThrow();
			theHeldTraining(held);
			assertThat(all.stream().map(TrainingSummary::chapterId).distinct())
				.allSatisfy(chapter -> assertThat(teams.activeOf(chapter)).hasSize(3));

			List<TrainingSummary> upcoming = all.stream()
				.filter(training -> training.status() == TrainingStatus.SCHEDULED && training.open())
				.toList();
			Map<UUID, Seats> seats = registrations.seatsOf(upcoming.stream().map(TrainingSummary::id).toList());
			assertThat(upcoming).filteredOn(TrainingSummary::isCompressed).singleElement().satisfies(full -> {
				Seats of = seats.get(full.id());
				assertThat(of.taken()).isEqualTo(of.capacity());
				assertThat(of.waitlisted()).isEqualTo(DemoParticipants.WAITING);
			});
			assertThat(upcoming).filteredOn(training -> !training.isCompressed())
				.isNotEmpty()
				.allSatisfy(training -> assertThat(seats.get(training.id()).taken()).isPositive()
					.isLessThan(seats.get(training.id()).capacity()));
		});
	}

	private void theHeldTraining(TrainingSummary held) {
		List<Registration> all = registrations.ofTraining(held.id());
		assertThat(all).filteredOn(registration -> registration.status() == RegistrationStatus.CANCELLED).hasSize(3);
		List<Registration> expected = attendance.expected(held.id());
		assertThat(expected).filteredOn(Registration::walkIn).hasSize(2);
		ZoneId zone = held.zone();
		assertThat(expected).filteredOn(registration -> registration.checkedInAt() != null)
			.hasSize(expected.size() - DemoParticipants.HELD_NO_SHOWS)
			.allSatisfy(checkedIn -> assertThat(checkedIn.checkedInAt().atZone(zone).toLocalDate())
				.isEqualTo(held.firstDay()));
		assertThat(all).allSatisfy(registration -> assertThat(registration.createdAt().atZone(zone).toLocalDate())
			.isBeforeOrEqualTo(held.firstDay()));
		assertThat(expected).filteredOn(registration -> Boolean.TRUE.equals(registration.attended()))
			.hasSize(expected.size() - DemoParticipants.HELD_NO_SHOWS)
			.extracting(Registration::nextStep)
			.contains(NextStep.TEAM, NextStep.DAY_OF_VOLUNTEER, NextStep.UPGRADE_TRAINING, NextStep.NOT_NOW, null);
		assertThat(expected).filteredOn(registration -> registration.nextStep() == NextStep.TEAM)
			.allSatisfy(joined -> assertThat(joined.nextStepTeamId()).isNotNull());
		assertThat(jdbc.sql("select count(*) from mail_letter where dedupe_key like 'followUp:%'")
			.query(Integer.class)
			.single()).as("each next step's follow-up, team contacts' introductions too").isPositive();
	}

}
