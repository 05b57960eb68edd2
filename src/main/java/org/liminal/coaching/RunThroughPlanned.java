package org.liminal.coaching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A run-through was planned, or its plan changed (same run-through id): checklists and calendars show it.
 *
 * @param startsAt {@code null} when no time was set
 * @param presenterIds who presents, in order, without repeats
 */
public record RunThroughPlanned(UUID organizationId, UUID runThroughId, UUID trainingId, LocalDate date,
		LocalTime startsAt, List<UUID> presenterIds, List<UUID> moduleKeys) {
}
