package org.liminal.coaching;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * One module presented by one person in a run-through, with its timing. Timing is the most common problem of a
 * new trainer's module, so the difference between planned and actual minutes is shown everywhere.
 *
 * @param moduleKey the module's key, the same in every curriculum version
 * @param actualMinutes {@code null} until the run-through is held
 */
@Embeddable
public record Presentation(UUID moduleKey, UUID presenterId, int plannedMinutes, Integer actualMinutes) {

	public boolean isTimed() {
		return actualMinutes != null;
	}

	/** Actual minus planned minutes: positive when the module ran over; 0 when not timed yet. */
	public int overrunMinutes() {
		return actualMinutes == null ? 0 : actualMinutes - plannedMinutes;
	}

	/** The overrun as a share of the planned time, in percent (rounded). */
	public int overrunPercent() {
		return Math.round(100f * overrunMinutes() / plannedMinutes);
	}

}
