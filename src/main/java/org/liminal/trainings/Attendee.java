package org.liminal.trainings;

import java.util.UUID;

/**
 * Someone who attended a training, as its attendance was recorded. People are one per email: a participant has
 * no account, a member attending has theirs.
 *
 * @param accountId the attendee's account when they are a member of the organization, else {@code null}
 */
public record Attendee(String name, String email, UUID accountId) {
}
