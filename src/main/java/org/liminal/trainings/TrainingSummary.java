package org.liminal.trainings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A training in lists and calendars.
 *
 * @param startsAt the first day's start, in the chapter's time zone
 * @param leadDays how far ahead it was scheduled; {@code null} for drafts
 * @param filledSeats how many seats of its team are taken
 */
public record TrainingSummary(UUID id, UUID chapterId, String chapterName, ZoneId zone, UUID programId,
		String programName, int versionNumber, TrainingStatus status, LocalDate firstDay, LocalDate lastDay,
		LocalTime startsAt, boolean online, boolean inPerson, String language, boolean open, Integer leadDays,
		int filledSeats) {

	public boolean isCompressed() {
		return leadDays != null && leadDays < LeadTime.FULL_PREPARATION_DAYS;
	}

	public boolean runsOn(LocalDate date) {
		return !date.isBefore(firstDay) && !date.isAfter(lastDay);
	}

	public boolean isMultiDay() {
		return lastDay.isAfter(firstDay);
	}

}
