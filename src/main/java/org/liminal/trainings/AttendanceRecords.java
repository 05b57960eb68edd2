package org.liminal.trainings;

import java.util.List;
import java.util.UUID;

/**
 * Who attended a training, as another module recorded it (the participants module). Read when a training is
 * completed, so that {@link TrainingCompleted} carries its attendees; the attendees of every such bean are joined.
 */
public interface AttendanceRecords {

	/** The training's attendees, one per email; empty when attendance was not recorded. */
	List<Attendee> attendeesOf(UUID trainingId);

}
