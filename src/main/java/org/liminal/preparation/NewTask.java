package org.liminal.preparation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task someone adds to a checklist by hand.
 *
 * @param ownerId whom it is for; {@code null} for the chapter's leads
 */
public record NewTask(String title, String description, LocalDate dueDate, UUID ownerId) {
}
