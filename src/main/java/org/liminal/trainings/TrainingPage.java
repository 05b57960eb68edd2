package org.liminal.trainings;

import java.util.List;

import org.liminal.shared.Paged;

/** One page of a training list, numbered from 1. */
public record TrainingPage(List<TrainingSummary> trainings, int page, int size, long total) implements Paged {

	public TrainingPage {
		trainings = List.copyOf(trainings);
	}

}
