package org.liminal.participants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;

import org.liminal.trainings.PastTrainings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sign-ups that happened before Liminal knew of them (the demo data, a training run on paper) by
 * replaying them with the clock set back, as {@link PastTrainings} does for trainings: no rule is skipped, so a
 * training held last month is signed up for as of a day when it was still ahead, before it is completed.
 */
@Service
public class PastRegistrations {

	private final Registrations registrations;

	private final CheckIns checkIns;

	private final PastTrainings pastTrainings;

	PastRegistrations(Registrations registrations, CheckIns checkIns, PastTrainings pastTrainings) {
		this.registrations = registrations;
		this.checkIns = checkIns;
		this.pastTrainings = pastTrainings;
	}

	/**
	 * Runs work on the registrations as they were at an earlier moment, in one transaction (the caller's, if it
	 * has one). The {@link Registrations} given to the work is only valid inside it.
	 *
	 * @throws IllegalArgumentException if the moment is not in the past
	 */
	@Transactional
	public <T> T asOf(Instant moment, Function<Registrations, T> work) {
		return pastTrainings.asOf(moment,
				trainingsThen -> work.apply(registrations.at(Clock.fixed(moment, ZoneOffset.UTC), trainingsThen)));
	}

	/**
	 * Runs work at the door as it was at an earlier moment (check-ins and walk-ins get that moment), in one
	 * transaction (the caller's, if it has one). The {@link CheckIns} given to the work is only valid inside it.
	 *
	 * @throws IllegalArgumentException if the moment is not in the past
	 */
	@Transactional
	public <T> T atTheDoorAsOf(Instant moment, Function<CheckIns, T> work) {
		return pastTrainings.asOf(moment, trainingsThen -> {
			Clock then = Clock.fixed(moment, ZoneOffset.UTC);
			return work.apply(checkIns.at(then, registrations.at(then, trainingsThen), trainingsThen));
		});
	}

}
