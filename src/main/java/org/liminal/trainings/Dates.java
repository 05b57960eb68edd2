package org.liminal.trainings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When a training runs: its first day and the start time of each day, in the chapter's time zone. The
 * days are consecutive, as many as the program lasts.
 */
public record Dates(LocalDate firstDay, List<LocalTime> startTimes) {

	public Dates {
		startTimes = List.copyOf(startTimes);
		if (startTimes.isEmpty()) {
			throw new IllegalArgumentException("A training lasts at least one day");
		}
	}

	public List<LocalDate> days() {
		return firstDay.datesUntil(lastDay().plusDays(1)).toList();
	}

	public LocalDate lastDay() {
		return firstDay.plusDays(startTimes.size() - 1L);
	}

}
