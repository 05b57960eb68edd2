package org.liminal.curriculum.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import jakarta.validation.constraints.Pattern;

/**
 * When a day of the agenda starts, as typed: hours and minutes. Browsers' time fields send "09:30", some with
 * seconds; without a time field people type "9:30".
 */
public class DayStartForm {

	private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("H:mm[:ss]");

	@Pattern(regexp = "([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?", message = "{agenda.error.startsAt}")
	private String startsAt = "";

	/** The time, to the minute: the agenda counts in minutes. */
	LocalTime time() {
		return LocalTime.parse(startsAt, HOURS_AND_MINUTES).withSecond(0);
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt == null ? "" : startsAt.strip();
	}

}
