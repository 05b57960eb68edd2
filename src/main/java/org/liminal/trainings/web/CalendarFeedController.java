package org.liminal.trainings.web;

import java.util.Locale;

import org.liminal.trainings.CalendarFeedNotFound;
import org.liminal.trainings.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feed address that calendar apps poll. No sign-in (calendar apps cannot): the secret token is the key, and
 * an unknown or replaced token is "not found". Never cached, so that a replaced address stops at once.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	/** @param locale the language of event descriptions: the address carries {@code ?lang=} for it */
	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token, Locale locale) {
		String calendar = feeds.feed(token, CalendarResponses.baseUrl(), locale).orElseThrow(CalendarFeedNotFound::new);
		return ResponseEntity.ok()
			.contentType(CalendarResponses.CALENDAR)
			.cacheControl(CacheControl.noCache())
			.header("X-Robots-Tag", "noindex")
			.body(CalendarResponses.bytes(calendar));
	}

}
