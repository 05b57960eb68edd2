package org.liminal.dashboards;

import java.util.List;

import org.liminal.participants.Funnel;
import org.liminal.participants.TrainedCount;

/** What the held trainings of a period did: trainings held and people trained by month and by chapter, the funnel. */
public record Trends(List<TrainedCount> byMonth, List<TrainedCount> byChapter, Funnel funnel) {

	/** Nothing held: a period that starts after today. */
	public static final Trends NONE = new Trends(List.of(), List.of(), new Funnel(0, 0, 0, 0, 0, 0));

	public Trends {
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
