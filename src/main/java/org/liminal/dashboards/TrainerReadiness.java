package org.liminal.dashboards;

import java.util.UUID;

import org.liminal.coaching.PresenterRehearsal;
import org.liminal.trainings.TrainingSummary;

/** A trainer presenting a module at an upcoming training, and how far they have rehearsed it. */
public record TrainerReadiness(UUID accountId, String name, TrainingSummary training, String moduleTitle,
		PresenterRehearsal rehearsal) {
}
