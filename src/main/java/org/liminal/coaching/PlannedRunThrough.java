package org.liminal.coaching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A planned run-through someone takes part in.
 *
 * @param startsAt {@code null} when planned without a time
 * @param presenting whether they present a module in it; otherwise they watch it or coach its training
 */
public record PlannedRunThrough(UUID id, UUID trainingId, LocalDate date, LocalTime startsAt, RunThroughFormat format,
		boolean presenting) {
}
