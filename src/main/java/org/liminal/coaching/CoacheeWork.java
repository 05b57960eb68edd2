package org.liminal.coaching;

import java.util.UUID;

/**
 * What waits on a coach for one trainer they coach.
 *
 * @param heldWithoutFeedback held run-throughs the trainer presented in, which the coach watched or whose training
 *        they coach, with a module of the trainer's the coach has given no feedback on
 * @param drafts the coach's feedback to the trainer still a draft
 * @param unacknowledged the coach's submitted feedback the trainer has not acknowledged yet
 */
public record CoacheeWork(UUID trainerId, int heldWithoutFeedback, int drafts, int unacknowledged) {

	public static CoacheeWork nothing(UUID trainerId) {
		return new CoacheeWork(trainerId, 0, 0, 0);
	}

	public int waiting() {
		return heldWithoutFeedback + drafts + unacknowledged;
	}

}
