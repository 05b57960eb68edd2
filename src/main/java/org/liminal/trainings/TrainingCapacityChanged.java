package org.liminal.trainings;

import java.util.UUID;

/**
 * A training's number of seats changed. Published inside the change's transaction, so that whoever keeps seats
 * can refuse the change (fewer seats than people already confirmed) or fill the new seats from a waitlist before
 * it commits.
 */
public record TrainingCapacityChanged(UUID organizationId, UUID trainingId, int previousCapacity, int capacity) {
}
