package org.liminal.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A run-through was logged as held (planned before or not).
 *
 * @param presenterIds who presented, in order, without repeats
 */
public record RunThroughHeld(UUID organizationId, UUID runThroughId, UUID trainingId, LocalDate date,
		List<UUID> presenterIds, List<UUID> moduleKeys) {
}
