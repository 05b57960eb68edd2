package org.liminal.participants;

import java.util.UUID;

/**
 * Someone signed up for a training: they are to get their confirmation (or, with {@code again}, the same email
 * submitted a second time: their private link is sent again, since the page does not show it to whoever typed
 * the address).
 */
public record SignedUp(UUID organizationId, UUID registrationId, UUID trainingId, boolean again) {
}
