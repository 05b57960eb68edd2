package org.liminal.coaching;

import java.time.Instant;
import java.util.UUID;

/**
 * The latest verdict a coach submitted on one presenter's module of one training (on a run-through or on the
 * delivered training).
 *
 * @param coachId {@code null} when the coach has left the organization
 */
public record LatestVerdict(UUID trainingId, UUID moduleKey, UUID presenterId, Verdict verdict, UUID coachId,
		UUID feedbackId, Instant submittedAt) {
}
