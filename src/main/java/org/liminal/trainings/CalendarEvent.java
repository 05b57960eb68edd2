package org.liminal.trainings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One VEVENT of a calendar: a training day (or another module's event, see {@link CalendarContributions}) as a
 * calendar app shows it, in the chapter's local time.
 *
 * @param uid stays the same for the same training day however often the training moves, so that calendar apps
 *        update the event instead of adding another
 * @param sequence grows with every change of the training, so that calendar apps take the newer copy
 * @param location a street address or the video-call link; empty when unknown
 * @param url the absolute address of the training's page
 * @param allDay whether the event takes whole days of the calendar (start and end at midnight, the end
 *        exclusive) rather than a time of day
 */
public record CalendarEvent(String uid, long sequence, ZoneId zone, LocalDateTime start, LocalDateTime end,
		String summary, String location, String url, String description, Status status, boolean allDay) {

	public CalendarEvent {
		Objects.requireNonNull(uid);
		Objects.requireNonNull(zone);
		Objects.requireNonNull(status);
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("An event ends after it starts: " + uid);
		}
		if (allDay && !(start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT))) {
			throw new IllegalArgumentException("An all-day event runs from midnight to midnight: " + uid);
		}
		location = location == null ? "" : location;
		description = description == null ? "" : description;
	}

	/** An event at a time of day. */
	public CalendarEvent(String uid, long sequence, ZoneId zone, LocalDateTime start, LocalDateTime end,
			String summary, String location, String url, String description, Status status) {
		this(uid, sequence, zone, start, end, summary, location, url, description, status, false);
	}

	/** An event of one whole day, for something planned for a date but no time yet. */
	public static CalendarEvent allDay(String uid, long sequence, ZoneId zone, LocalDate date, String summary,
			String location, String url, String description, Status status) {
		return new CalendarEvent(uid, sequence, zone, date.atStartOfDay(), date.plusDays(1).atStartOfDay(), summary,
				location, url, description, status, true);
	}

	/** RFC 5545's STATUS values for events. */
	public enum Status {

		/** Scheduled or held. */
		CONFIRMED,

		/** A draft: the dates may still change or the training may never happen. */
		TENTATIVE,

		/** Called off: calendar apps keep the event, marked cancelled. */
		CANCELLED

	}

}
