package org.liminal.trainings;

import java.util.List;

/** One page of a training list, numbered from 1. */
public record TrainingPage(List<TrainingSummary> trainings, int page, int size, long total) {

	public TrainingPage {
		trainings = List.copyOf(trainings);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

}
