package org.liminal.trainings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records trainings that happened before Liminal knew of them (imports, the demo data) by replaying their
 * history: the same {@link Trainings} commands, with the clock set back to when each step happened. No rule is
 * skipped: a training held last month is created and scheduled as of its preparation weeks before (when its
 * date was still ahead), and completed as of its last day. Only the past can be replayed, so nothing gets
 * around the rules about today and the future.
 */
@Service
public class PastTrainings {

	private final Trainings trainings;

	private final Clock clock;

	PastTrainings(Trainings trainings, Clock clock) {
		this.trainings = trainings;
		this.clock = clock;
	}

	/**
	 * Runs work on the trainings as they were at an earlier moment, in one transaction (the caller's, if it
	 * has one). The {@link Trainings} given to the work is only valid inside it.
	 *
	 * @throws IllegalArgumentException if the moment is not in the past
	 */
	@Transactional
	public <T> T asOf(Instant moment, Function<Trainings, T> work) {
		if (!moment.isBefore(clock.instant())) {
			throw new IllegalArgumentException("Only the past can be replayed, not " + moment);
		}
		Clock then = Clock.fixed(moment, ZoneOffset.UTC);
		return work.apply(trainings.at(then));
	}

}
