package org.liminal.coaching;

import java.util.Objects;
import java.util.UUID;

/**
 * What a piece of feedback is about: one presenter's module, rehearsed in a run-through or delivered in the
 * training itself.
 *
 * @param runThroughId {@code null} for feedback on the delivered training
 * @param moduleKey the module's key, the same in every curriculum version
 */
public record FeedbackSubject(UUID trainingId, UUID runThroughId, UUID moduleKey, UUID presenterId) {

	public FeedbackSubject {
		Objects.requireNonNull(trainingId, "trainingId");
		Objects.requireNonNull(moduleKey, "moduleKey");
		Objects.requireNonNull(presenterId, "presenterId");
	}

	public boolean isOnRunThrough() {
		return runThroughId != null;
	}

}
