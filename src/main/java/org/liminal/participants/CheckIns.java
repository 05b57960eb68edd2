package org.liminal.participants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.Trainings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Welcoming people at the door. Several welcomers work at once, so checking in is idempotent and never
 * version-checked: whoever is second finds the person already checked in, by whom and when, and nothing changes.
 * A walk-in takes a free seat and is checked in at once; capacity holds at the door too (see the README's
 * "Registrations and check-in" for why a full room refuses walk-ins rather than growing).
 */
@Service
public class CheckIns {

	private final Registrations registrations;

	private final StaffSignUps staffSignUps;

	private final Trainings trainings;

	private final JdbcClient jdbc;

	private final Clock clock;

	CheckIns(Registrations registrations, StaffSignUps staffSignUps, Trainings trainings, JdbcClient jdbc,
			Clock clock) {
		this.registrations = registrations;
		this.staffSignUps = staffSignUps;
		this.trainings = trainings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The same door, with the clock stopped at another moment: for replaying a training held on paper. */
	CheckIns at(Clock then, Registrations registrationsThen, Trainings trainingsThen) {
		return new CheckIns(registrationsThen, new StaffSignUps(registrationsThen, jdbc), trainingsThen, jdbc, then);
	}

	/**
	 * Checks someone in. Someone still on the waitlist has no seat (a freed seat has already gone to the first
	 * person waiting), so they are refused like a walk-in in a full room.
	 */
	@Transactional
	public CheckIn checkIn(UUID registrationId, UUID welcomerId) {
		Registration registration = registrations.registration(registrationId);
		requireOngoing(registration.trainingId());
		if (registration.isCancelled()) {
			throw new ParticipantsChangeRefused(null, "checkIn.error.cancelled");
		}
		if (registration.isWaitlisted()) {
			throw new ParticipantsChangeRefused(null, "checkIn.error.waitlisted");
		}
		Instant now = clock.instant();
		Optional<CheckIn> done = jdbc.sql("""
				update registration set checked_in_at = ?, checked_in_by = ?
				where id = ? and checked_in_at is null and status = 'CONFIRMED'
				returning checked_in_at""")
			.params(Timestamp.from(now), welcomerId, registrationId)
			.query((row, number) -> new CheckIn(registrations.registration(registrationId), false, welcomerId,
					row.getTimestamp("checked_in_at").toInstant()))
			.optional();
		return done.orElseGet(() -> already(registrationId));
	}

	/** Takes a check-in back (tapped by mistake); nothing happens when it was not checked in. */
	@Transactional
	public void undo(UUID registrationId) {
		Registration registration = registrations.registration(registrationId);
		requireOngoing(registration.trainingId());
		jdbc.sql("update registration set checked_in_at = null, checked_in_by = null where id = ?")
			.param(registrationId)
			.update();
	}

	/**
	 * Registers someone at the door and checks them in. An email already signed up is that person: they are checked
	 * in. When every seat is taken the walk-in is refused, since the capacity is what the room holds.
	 */
	@Transactional
	public CheckIn walkIn(UUID trainingId, WalkIn walkIn, UUID welcomerId) {
		requireOngoing(trainingId);
		SignUpDetails details = walkIn.details();
		registrations.lockSeatsInOrder(List.of(trainingId));
		Optional<UUID> existing = jdbc.sql("""
				select id from registration where training_id = ? and email = ? and status <> 'CANCELLED'""")
			.params(trainingId, details.email())
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return checkIn(existing.get(), welcomerId);
		}
		int free = jdbc.sql("select capacity - taken from training_seats where training_id = ?")
			.param(trainingId)
			.query(Integer.class)
			.single();
		if (free <= 0) {
			throw new ParticipantsChangeRefused(null, "checkIn.error.full");
		}
		Registration added = staffSignUps.add(trainingId, details, welcomerId).registration();
		Instant now = clock.instant();
		jdbc.sql("update registration set walk_in = true, checked_in_at = ?, checked_in_by = ? where id = ?")
			.params(Timestamp.from(now), welcomerId, added.id())
			.update();
		return new CheckIn(registrations.registration(added.id()), false, welcomerId, now);
	}

	private CheckIn already(UUID registrationId) {
		Registration registration = registrations.registration(registrationId);
		if (!registration.isCheckedIn()) {
			// Cancelled or moved meanwhile.
			throw new ParticipantsChangeRefused(null, "checkIn.error.cancelled");
		}
		Optional<UUID> by = jdbc.sql("select checked_in_by from registration where id = ?")
			.param(registrationId)
			.query((row, number) -> Optional.ofNullable(row.getObject("checked_in_by", UUID.class)))
			.single();
		return new CheckIn(registration, true, by.orElse(null), registration.checkedInAt());
	}

	/** The door is open while the training is scheduled: not for drafts, cancelled or completed trainings. */
	private void requireOngoing(UUID trainingId) {
		if (trainings.training(trainingId).status() != TrainingStatus.SCHEDULED) {
			throw new ParticipantsChangeRefused(null, "checkIn.error.closed");
		}
	}

}
