package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A training was held. Dates are local to the chapter's time zone.
 *
 * @param attendees who attended, as far as attendance was recorded (empty until the participants module records it)
 */
public record TrainingCompleted(UUID organizationId, UUID trainingId, UUID chapterId, List<LocalDate> dates, ZoneId zone,
		List<Attendee> attendees) {

	public TrainingCompleted {
		// Publications stored before attendees existed come back from the registry without them.
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
	}

}
