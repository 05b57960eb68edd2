package org.liminal.trainings.web;

import java.util.Locale;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A feed's address, to paste into a calendar app, and the same address as a {@code webcal:} link, which opens the
 * calendar app of the device to subscribe. It asks for the page's language, so that events are described in it.
 */
record FeedAddress(String url, String webcal) {

	static FeedAddress of(String token, Locale locale) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/calendar/{token}.ics")
			.queryParam("lang", locale.getLanguage())
			.buildAndExpand(token)
			.toUriString();
		return new FeedAddress(url, url.replaceFirst("^https?:", "webcal:"));
	}

}
