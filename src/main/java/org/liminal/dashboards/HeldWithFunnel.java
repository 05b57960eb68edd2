package org.liminal.dashboards;

import org.liminal.participants.Funnel;
import org.liminal.trainings.TrainingSummary;

/** A training held, and where its people went. */
public record HeldWithFunnel(TrainingSummary training, Funnel funnel) {
}
