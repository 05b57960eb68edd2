package org.liminal.curriculum;

import java.util.UUID;

/**
 * A prep-checklist task as an organizer writes it.
 *
 * @param offsetDays days relative to the training date: negative before, positive after
 * @param dayOfRoleId the day-of role owning it, when {@code responsible} is {@link ResponsibleRole#DAY_OF_ROLE}
 */
public record ChecklistTask(String title, String description, int offsetDays, ResponsibleRole responsible,
		UUID dayOfRoleId) {
}
