package org.liminal.preparation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.liminal.curriculum.ResponsibleRole;
import org.liminal.trainings.Seat;

/**
 * A task of a training's checklist.
 *
 * @param templateKey the template task it came from (stable across curriculum versions); {@code null} when
 * someone added it by hand or it stands for a run-through
 * @param runThroughId the planned run-through (coaching) this task stands for; {@code null} for other tasks
 * @param offsetDays days from the training's first day, which the task keeps when the training moves
 * @param assigneeId whom someone handed the task to; {@code null} while it follows its responsible role
 * @param ownerId who owns it now; {@code null} means the chapter's leads
 * @param compressed squeezed in ahead of its usual date because preparation started late
 */
public record ChecklistItem(UUID id, UUID trainingId, UUID templateKey, UUID runThroughId, String title, String description,
		int offsetDays, ResponsibleRole responsible, UUID dayOfRoleId, UUID assigneeId, UUID ownerId,
		LocalDate dueDate, boolean compressed, ItemStatus status, UUID doneBy, Instant doneAt, long version) {

	public boolean isOpen() {
		return status == ItemStatus.OPEN;
	}

	public boolean isDone() {
		return status == ItemStatus.DONE;
	}

	/** Open and due before the given (chapter's) date. */
	public boolean isOverdue(LocalDate today) {
		return isOpen() && dueDate.isBefore(today);
	}

	public boolean isAddedByHand() {
		return templateKey == null && runThroughId == null;
	}

	public boolean isFromTemplate() {
		return templateKey != null;
	}

	/** Stands for a planned run-through: due on the run-through's date, whatever happens to the training. */
	public boolean isRunThrough() {
		return runThroughId != null;
	}

	/**
	 * Who holds this task's responsible role on the given team ({@code null}: the chapter's leads), for handing
	 * it back to its role.
	 */
	public UUID roleHolderIn(Map<Seat, UUID> team) {
		return Owners.of(responsible, dayOfRoleId, team);
	}

}
