package org.liminal.trainings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One VEVENT of a calendar: a training day as a calendar app shows it, in the chapter's local time.
 *
 * @param uid stays the same for the same training day however often the training moves, so that calendar apps
 *        update the event instead of adding another
 * @param sequence grows with every change of the training, so that calendar apps take the newer copy
 * @param location a street address or the video-call link; empty when unknown
 * @param url the absolute address of the training's page
 */
record CalendarEvent(String uid, long sequence, ZoneId zone, LocalDateTime start, LocalDateTime end, String summary,
		String location, String url, String description, Status status) {

	CalendarEvent {
		Objects.requireNonNull(uid);
		Objects.requireNonNull(zone);
		Objects.requireNonNull(status);
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("An event ends after it starts: " + uid);
		}
		location = location == null ? "" : location;
		description = description == null ? "" : description;
	}

	/** RFC 5545's STATUS values for events. */
	enum Status {

		/** Scheduled or held. */
		CONFIRMED,

		/** A draft: the dates may still change or the training may never happen. */
		TENTATIVE,

		/** Called off: calendar apps keep the event, marked cancelled. */
		CANCELLED

	}

}
