package org.liminal.trainings;

import java.util.List;
import java.util.UUID;

/**
 * A training as calendars need it: its days, place and state, and for a person's calendar the seats they hold.
 *
 * @param version the training row's version, which grows with every change: the events' SEQUENCE
 * @param seats the seats of the person whose calendar this is; empty in other calendars
 */
record FeedTraining(UUID id, UUID chapterId, UUID programId, UUID programVersionId, TrainingStatus status,
		String address, String onlineLink, String language, String cancelReason, long version, List<TrainingDay> days,
		List<Seat> seats) {

	FeedTraining {
		days = List.copyOf(days);
		seats = List.copyOf(seats);
	}

}
