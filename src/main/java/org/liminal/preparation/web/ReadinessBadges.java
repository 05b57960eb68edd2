package org.liminal.preparation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.PageFragment;
import org.liminal.trainings.TrainingListAnnotations;
import org.liminal.trainings.TrainingSummary;
import org.springframework.stereotype.Component;

/** Each upcoming scheduled training's readiness light in the trainings list, read for the whole page at once. */
@Component
class ReadinessBadges implements TrainingListAnnotations {

	private final TrainingReadiness readiness;

	ReadinessBadges(TrainingReadiness readiness) {
		this.readiness = readiness;
	}

	@Override
	public Map<UUID, PageFragment> annotate(List<TrainingSummary> trainings) {
		Map<UUID, PageFragment> badges = new HashMap<>();
		readiness.of(trainings)
			.forEach((id, value) -> badges.put(id,
					new PageFragment("preparation/readiness", "listBadge", 0, Map.of("readiness", value))));
		return badges;
	}

}
