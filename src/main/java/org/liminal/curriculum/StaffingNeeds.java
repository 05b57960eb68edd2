package org.liminal.curriculum;

import java.util.Map;
import java.util.UUID;

/**
 * How many people a version's team needs, without the rest of the version: trainers per module (by the module's
 * key) and people per day-of role. Lists that show many trainings' staffing read this, not whole versions.
 */
public record StaffingNeeds(Map<UUID, Integer> trainersByModuleKey, Map<UUID, Integer> peopleByDayOfRole) {

	public StaffingNeeds {
		trainersByModuleKey = Map.copyOf(trainersByModuleKey);
		peopleByDayOfRole = Map.copyOf(peopleByDayOfRole);
	}

}
