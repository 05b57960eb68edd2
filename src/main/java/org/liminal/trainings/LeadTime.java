package org.liminal.trainings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a chapter has to prepare a training: from the chapter's local date today to the first day.
 * Six to eight weeks is a full preparation; less is allowed but compressed; a date already past is refused.
 */
public record LeadTime(LocalDate today, LocalDate firstDay) {

	/** Six weeks: below this, the prep checklist cannot run at its usual pace. */
	public static final int FULL_PREPARATION_DAYS = 42;

	public long days() {
		return ChronoUnit.DAYS.between(today, firstDay);
	}

	public boolean isPast() {
		return firstDay.isBefore(today);
	}

	public boolean isCompressed() {
		return !isPast() && days() < FULL_PREPARATION_DAYS;
	}

	public long weeks() {
		return days() / 7;
	}

}
