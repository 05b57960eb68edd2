package org.liminal.participants;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's registration for one training.
 *
 * @param arrival orders registrations of a training as they arrived: seats and the waitlist follow it
 * @param privateToken the key of the participant's private page (view, update, cancel, delete)
 * @param checkedInAt when a welcomer checked them in on the day, else {@code null}
 * @param walkIn whether they registered at the door
 * @param attended whether they attended, once attendance is recorded; {@code null} before
 * @param nextStep what they chose to do next, once recorded
 * @param nextStepTeamId the team they chose to join, when that is their next step
 * @param chapterId the chapter they want to be part of (the training's unless they chose another)
 * @param erasedAt when their personal data was erased (the registration stays, anonymous, for the counts)
 * @param version guards concurrent changes
 */
public record Registration(UUID id, UUID trainingId, long arrival, String name, String email, String phone,
		String accessNeeds, String heardFrom, RegistrationStatus status, Instant createdAt, Instant promotedAt,
		Instant cancelledAt, String privateToken, Instant checkedInAt, boolean walkIn, Boolean attended,
		NextStep nextStep, UUID nextStepTeamId, UUID chapterId, Instant erasedAt, long version) {

	public boolean isConfirmed() {
		return status == RegistrationStatus.CONFIRMED;
	}

	public boolean isWaitlisted() {
		return status == RegistrationStatus.WAITLISTED;
	}

	public boolean isCancelled() {
		return status == RegistrationStatus.CANCELLED;
	}

	public boolean isCheckedIn() {
		return checkedInAt != null;
	}

}
