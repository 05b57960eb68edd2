package org.liminal.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A run-through as pages show it.
 *
 * @param plannedBy who planned it; {@code null} when it was logged without a plan
 * @param loggedBy who logged it as held; {@code null} until then
 * @param version guards concurrent edits
 */
public record RunThroughView(UUID id, UUID trainingId, RunThroughStatus status, RunThroughDetails details,
		UUID plannedBy, UUID loggedBy, Instant loggedAt, long version) {

	public List<Presentation> parts() {
		return details.parts();
	}

	public boolean isHeld() {
		return status == RunThroughStatus.HELD;
	}

	public boolean isPlanned() {
		return status == RunThroughStatus.PLANNED;
	}

	/** Whether this person presents something in it. */
	public boolean presents(UUID accountId) {
		return parts().stream().anyMatch(part -> part.presenterId().equals(accountId));
	}

	/** The sum of the parts' overruns: how far over (or under) the whole run-through went. */
	public int overrunMinutes() {
		return parts().stream().mapToInt(Presentation::overrunMinutes).sum();
	}

}
