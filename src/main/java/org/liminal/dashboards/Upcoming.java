package org.liminal.dashboards;

import java.util.List;

import org.liminal.preparation.Readiness.Level;

/**
 * The upcoming trainings of a dashboard, grouped by their light, each group by first day.
 *
 * @param more whether there were more than the dashboard shows (the trainings list has them all)
 */
public record Upcoming(List<UpcomingTraining> atRisk, List<UpcomingTraining> attention, List<UpcomingTraining> onTrack,
		boolean more) {

	/** Nothing ahead: a period that ended before today. */
	public static final Upcoming NONE = new Upcoming(List.of(), List.of(), List.of(), false);

	public Upcoming {
		atRisk = List.copyOf(atRisk);
		attention = List.copyOf(attention);
		onTrack = List.copyOf(onTrack);
	}

	static Upcoming of(List<UpcomingTraining> trainings, boolean more) {
		return new Upcoming(at(trainings, Level.AT_RISK), at(trainings, Level.ATTENTION), at(trainings, Level.ON_TRACK),
				more);
	}

	private static List<UpcomingTraining> at(List<UpcomingTraining> trainings, Level level) {
		return trainings.stream().filter(training -> training.readiness().level() == level).toList();
	}

	public int total() {
		return atRisk.size() + attention.size() + onTrack.size();
	}

}
