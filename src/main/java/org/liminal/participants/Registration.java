package org.liminal.participants;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's registration for one training.
 *
 * @param arrival orders registrations of a training as they arrived: seats and the waitlist follow it
 * @param version guards concurrent changes
 */
public record Registration(UUID id, UUID trainingId, long arrival, String name, String email, String phone,
		String accessNeeds, String heardFrom, RegistrationStatus status, Instant createdAt, Instant promotedAt,
		Instant cancelledAt, long version) {

	public boolean isConfirmed() {
		return status == RegistrationStatus.CONFIRMED;
	}

	public boolean isWaitlisted() {
		return status == RegistrationStatus.WAITLISTED;
	}

}
