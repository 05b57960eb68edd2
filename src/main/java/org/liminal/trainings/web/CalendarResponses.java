package org.liminal.trainings.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the calendar routes share: the media type of iCalendar and where the application is reached. */
final class CalendarResponses {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private CalendarResponses() {
	}

	/** The scheme, host and context path of the current request, such as {@code https://liminal.example}. */
	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	static byte[] bytes(String calendar) {
		return calendar.getBytes(StandardCharsets.UTF_8);
	}

}
