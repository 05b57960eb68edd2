package org.liminal.trainings;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Badges another module adds to the trainings of a list page, such as an upcoming training's readiness. Called
 * once per page with all its trainings, so that an implementation reads what it shows in a few statements.
 */
public interface TrainingListAnnotations {

	/** A badge per training id, for those of the trainings it has one for. */
	Map<UUID, PageFragment> annotate(List<TrainingSummary> trainings);

}
