package org.liminal.coaching;

import java.util.UUID;

/** A planned run-through will not happen. */
public record RunThroughCancelled(UUID organizationId, UUID runThroughId, UUID trainingId) {
}
