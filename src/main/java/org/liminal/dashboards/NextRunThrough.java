package org.liminal.dashboards;

import org.liminal.coaching.PlannedRunThrough;
import org.liminal.trainings.TrainingSummary;

/** A planned run-through someone presents at or coaches, with the training it rehearses. */
public record NextRunThrough(PlannedRunThrough runThrough, TrainingSummary training) {
}
