package org.liminal.participants;

import java.util.UUID;

/** The first person waiting got the seat someone gave up: they are to be told. */
public record RegistrationPromoted(UUID organizationId, UUID registrationId, UUID trainingId) {
}
