package org.liminal.dashboards;

import org.liminal.preparation.Readiness;
import org.liminal.trainings.TrainingSummary;

/** An upcoming training with its readiness: the light, its reasons and the four figures behind them. */
public record UpcomingTraining(TrainingSummary training, Readiness readiness) {
}
