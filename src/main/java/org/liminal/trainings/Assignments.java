package org.liminal.trainings;

import java.util.List;

/**
 * One training as someone on its team sees it: the seats they hold there.
 */
public record Assignments(TrainingSummary training, List<SeatPlan> seats) {

	public Assignments {
		seats = List.copyOf(seats);
	}

}
