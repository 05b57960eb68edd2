package org.liminal.coaching;

import java.util.UUID;

/**
 * How many times coaches found one person {@link Verdict#READY} on one module, with the latest such feedback as
 * evidence.
 *
 * @param moduleKey the module's key, the same in every curriculum version
 */
public record ReadyVerdicts(UUID presenterId, UUID moduleKey, int count, UUID latestFeedbackId,
		UUID latestTrainingId, UUID latestRunThroughId) {
}
