package org.liminal.participants;

import java.util.UUID;

/**
 * Staff moved someone to another training: their registration here is cancelled and a new one there holds a seat or
 * a place on its waitlist (see its status), with its own private address to tell them.
 */
public record RegistrationMoved(UUID organizationId, UUID fromRegistrationId, UUID toRegistrationId,
		UUID toTrainingId) {
}
