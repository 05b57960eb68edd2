package org.liminal.participants;

import java.util.List;

/** What the held trainings of a period did: where their people went, and people trained by month and by chapter. */
public record HeldTrainings(Funnel funnel, List<TrainedCount> byMonth, List<TrainedCount> byChapter) {

	/** Nothing held: a period that starts after today. */
	public static final HeldTrainings NONE = new HeldTrainings(Funnel.NONE, List.of(), List.of());

	public HeldTrainings {
		byMonth = List.copyOf(byMonth);
		byChapter = List.copyOf(byChapter);
	}

	public int trainingsHeld() {
		return byMonth.stream().mapToInt(TrainedCount::trainingsHeld).sum();
	}

	public int peopleTrained() {
		return byMonth.stream().mapToInt(TrainedCount::peopleTrained).sum();
	}

}
