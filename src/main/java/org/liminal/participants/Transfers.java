package org.liminal.participants;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.Trainings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving someone from one training to another of the organization, as one change: their seat here goes to the
 * first person waiting, and there they take a seat or join the waitlist as if signing up now.
 */
@Service
public class Transfers {

	/** The trainings offered as destinations, soonest first. */
	static final int MAX_DESTINATIONS = 100;

	private final Registrations registrations;

	private final TrainingFinder finder;

	private final Trainings trainings;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Transfers(Registrations registrations, TrainingFinder finder, Trainings trainings, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.registrations = registrations;
		this.finder = finder;
		this.trainings = trainings;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Moves the registration to the other training. Both trainings' seats are locked in a fixed order first, so two
	 * moves between the same trainings in opposite directions queue rather than deadlock.
	 *
	 * @return the new registration there
	 */
	@Transactional
	public SignUp move(UUID registrationId, UUID toTrainingId, long expectedVersion) {
		Registration registration = registrations.registration(registrationId);
		if (toTrainingId == null || toTrainingId.equals(registration.trainingId())) {
			throw new ParticipantsChangeRefused("to", "registrations.error.moveWhere");
		}
		if (registration.erasedAt() != null) {
			throw new ParticipantsChangeRefused(null, "registration.error.conflict");
		}
		// Another organization's training is not found here, before anything is locked.
		trainings.training(toTrainingId);
		registrations.lockSeatsInOrder(List.of(registration.trainingId(), toTrainingId));
		boolean alreadyThere = jdbc.sql("""
				select exists (select 1 from registration
				               where training_id = ? and email = ? and status <> 'CANCELLED')""")
			.params(toTrainingId, registration.email())
			.query(Boolean.class)
			.single();
		if (alreadyThere) {
			throw new ParticipantsChangeRefused("to", "registrations.error.alreadyThere", registration.email());
		}
		registrations.cancel(registrationId, expectedVersion);
		SignUp there = registrations.signUp(toTrainingId, new SignUpDetails(registration.name(), registration.email(),
				registration.phone(), registration.accessNeeds(), registration.heardFrom(), true));
		// Their letters keep the language they signed up in, and the confirmation tells them where they came from.
		jdbc.sql("""
				update registration set moved_from = :from,
				       language = (select language from registration where id = :from)
				where id = :to""")
			.param("from", registrationId)
			.param("to", there.registration().id())
			.update();
		events.publishEvent(new RegistrationMoved(TenantContext.requireOrganizationId(), registrationId,
				there.registration().id(), toTrainingId));
		return there;
	}

	/** The trainings someone can be moved to from this one: scheduled, not over yet, soonest first. */
	@Transactional(readOnly = true)
	public List<TrainingSummary> destinations(UUID fromTrainingId) {
		// The earliest today anywhere; a training already over in its own zone is dropped below.
		LocalDate from = trainings.today(ZoneOffset.UTC).minusDays(1);
		return finder.find(new TrainingFilter(null, null, TrainingStatus.SCHEDULED, from, null), 1, MAX_DESTINATIONS)
			.trainings()
			.stream()
			.filter(training -> !training.id().equals(fromTrainingId))
			.filter(training -> !training.lastDay().isBefore(trainings.today(training.zone())))
			.toList();
	}

}
