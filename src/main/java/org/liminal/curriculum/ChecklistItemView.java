package org.liminal.curriculum;

import java.util.UUID;

/** A checklist template item as pages show it, with the name of its day-of role if it has one. */
public record ChecklistItemView(UUID id, UUID key, ChecklistTask task, String dayOfRoleName, long version) {

	public String title() {
		return task.title();
	}

	public int offsetDays() {
		return task.offsetDays();
	}

}
