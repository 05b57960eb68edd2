package org.liminal.coaching;

import java.util.UUID;

/**
 * A coach gave a trainer feedback (the trainer has been written to): the pathway and the training's readiness
 * follow verdicts.
 *
 * @param runThroughId {@code null} for feedback on the delivered training
 * @param coachId who gave it
 */
public record FeedbackSubmitted(UUID organizationId, UUID feedbackId, UUID trainingId, UUID runThroughId,
		UUID moduleKey, UUID presenterId, UUID coachId, Verdict verdict) {
}
