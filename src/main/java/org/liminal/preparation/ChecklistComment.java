package org.liminal.preparation;

import java.time.Instant;
import java.util.UUID;

/** A note someone left on a checklist task; {@code authorId} is {@code null} once they left the organization. */
public record ChecklistComment(UUID id, UUID itemId, UUID authorId, String body, Instant createdAt) {
}
