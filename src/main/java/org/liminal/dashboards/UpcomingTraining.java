package org.liminal.dashboards;

import java.util.Comparator;

import org.liminal.preparation.Readiness;
import org.liminal.trainings.TrainingSummary;

/** An upcoming training with its readiness: the light, its reasons and the four figures behind them. */
public record UpcomingTraining(TrainingSummary training, Readiness readiness) {

	/** By first day, then chapter: the order of every list of them. */
	static final Comparator<UpcomingTraining> SOONEST_FIRST = Comparator
		.comparing((UpcomingTraining upcoming) -> upcoming.training().firstDay())
		.thenComparing(upcoming -> upcoming.training().chapterName());

}
