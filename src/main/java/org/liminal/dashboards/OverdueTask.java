package org.liminal.dashboards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.liminal.preparation.ChecklistItem;
import org.liminal.trainings.TrainingSummary;

/**
 * A checklist task past its due date.
 *
 * @param ownerName who owns it; {@code null} when it falls to the chapter's leads
 */
public record OverdueTask(UUID taskId, String title, TrainingSummary training, LocalDate dueDate, long daysOverdue,
		String ownerName) {

	static OverdueTask of(ChecklistItem task, TrainingSummary training, LocalDate today, String ownerName) {
		return new OverdueTask(task.id(), task.title(), training, task.dueDate(),
				ChronoUnit.DAYS.between(task.dueDate(), today), ownerName);
	}

	/** Where the task is on its training's page. */
	public String anchor() {
		return "task-" + taskId;
	}

}
