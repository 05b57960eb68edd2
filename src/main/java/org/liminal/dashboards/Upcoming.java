package org.liminal.dashboards;

import java.util.List;
import java.util.stream.Stream;

import org.liminal.preparation.Readiness.Level;

/**
 * The upcoming trainings of a dashboard, grouped by their light, each group by first day.
 *
 * @param listed how many the trainings list, filtered the same way, holds: more than shown when there are many
 */
public record Upcoming(List<UpcomingTraining> atRisk, List<UpcomingTraining> attention, List<UpcomingTraining> onTrack,
		long listed) {

	/** Nothing ahead: a period that ended before today. */
	public static final Upcoming NONE = new Upcoming(List.of(), List.of(), List.of(), 0);

	public Upcoming {
		atRisk = List.copyOf(atRisk);
		attention = List.copyOf(attention);
		onTrack = List.copyOf(onTrack);
	}

	static Upcoming of(List<UpcomingTraining> trainings, long listed) {
		return new Upcoming(at(trainings, Level.AT_RISK), at(trainings, Level.ATTENTION), at(trainings, Level.ON_TRACK),
				listed);
	}

	private static List<UpcomingTraining> at(List<UpcomingTraining> trainings, Level level) {
		return trainings.stream().filter(training -> training.readiness().level() == level).toList();
	}

	/** All of them, soonest first. */
	public List<UpcomingTraining> all() {
		return Stream.of(atRisk, attention, onTrack)
			.flatMap(List::stream)
			.sorted(UpcomingTraining.SOONEST_FIRST)
			.toList();
	}

	public int total() {
		return atRisk.size() + attention.size() + onTrack.size();
	}

	/** Whether the list holds more than the dashboard shows. */
	public boolean more() {
		return listed > total();
	}

}
