package org.liminal.coaching;

import java.time.Instant;
import java.util.UUID;

/**
 * Submitted feedback its presenter has not acknowledged yet, without its content.
 *
 * @param runThroughId {@code null} for feedback on the delivered training
 * @param coachId {@code null} when the coach has left the organization
 */
public record FeedbackDue(UUID id, UUID trainingId, UUID runThroughId, UUID moduleKey, UUID coachId, Verdict verdict,
		Instant submittedAt) {
}
