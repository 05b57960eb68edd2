package org.liminal.trainings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a calendar of trainings as iCalendar (RFC 5545). Events keep the chapter's local times with a TZID, and
 * every zone they use is described by a VTIMEZONE made from the JDK's rules, so that calendar apps need neither
 * our server nor a time-zone service to place them. All-day events are plain dates, which every zone reads alike.
 */
final class ICalendarWriter {

	static final String PRODUCT_ID = "-//Liminal//Trainings//EN";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final String name;

	private final ZoneId zone;

	private final Instant stamp;

	private final Duration refresh;

	/**
	 * @param zone the calendar's own zone, described even when there is no event yet: RFC 5545 wants every
	 *        calendar to hold at least one component
	 * @param stamp when the calendar is written (every event's DTSTAMP)
	 */
	ICalendarWriter(String name, ZoneId zone, Instant stamp) {
		this(name, zone, stamp, null);
	}

	private ICalendarWriter(String name, ZoneId zone, Instant stamp, Duration refresh) {
		this.name = name;
		this.zone = zone;
		this.stamp = stamp;
		this.refresh = refresh;
	}

	/** For a subscribed feed: how often calendar apps are asked to fetch it again (they may check less often). */
	ICalendarWriter refreshedEvery(Duration interval) {
		return new ICalendarWriter(name, zone, stamp, interval);
	}

	String write(List<CalendarEvent> events) {
		ContentLines lines = new ContentLines();
		lines.property("BEGIN", "VCALENDAR")
			.property("VERSION", "2.0")
			.property("PRODID", PRODUCT_ID)
			.property("CALSCALE", "GREGORIAN")
			.property("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", name);
		if (refresh != null) {
			lines.property("REFRESH-INTERVAL;VALUE=DURATION", refresh.toString())
				.property("X-PUBLISHED-TTL", refresh.toString());
		}
		yearsByZone(events).forEach((zoneId, years) -> TimeZoneComponent
			.covering(ZoneId.of(zoneId), years.first(), years.last())
			.writeTo(lines));
		events.forEach(event -> writeEvent(lines, event));
		return lines.property("END", "VCALENDAR").toString();
	}

	private void writeEvent(ContentLines lines, CalendarEvent event) {
		lines.property("BEGIN", "VEVENT")
			.property("UID", event.uid())
			.property("DTSTAMP", UTC.format(stamp))
			.property("SEQUENCE", Long.toString(event.sequence()));
		if (event.allDay()) {
			lines.property("DTSTART;VALUE=DATE", DATE.format(event.start()))
				.property("DTEND;VALUE=DATE", DATE.format(event.end()));
		}
		else {
			String tzid = ";TZID=" + event.zone().getId();
			lines.property("DTSTART" + tzid, LOCAL.format(event.start()))
				.property("DTEND" + tzid, LOCAL.format(event.end()));
		}
		lines.text("SUMMARY", event.summary());
		if (!event.location().isEmpty()) {
			lines.text("LOCATION", event.location());
		}
		lines.property("URL", event.url());
		if (!event.description().isEmpty()) {
			lines.text("DESCRIPTION", event.description());
		}
		lines.property("STATUS", event.status().name()).property("END", "VEVENT");
	}

	/** The years each zone must cover: from the earliest start to the latest end among its events. */
	private Map<String, Years> yearsByZone(List<CalendarEvent> events) {
		Map<String, Years> years = new TreeMap<>();
		if (events.isEmpty()) {
			int year = stamp.atZone(zone).getYear();
			years.put(zone.getId(), new Years(year, year));
		}
		events.forEach(event -> years.merge(
				event.zone().getId(), new Years(event.start().getYear(), event.end().getYear()), Years::span));
		return years;
	}

	private record Years(int first, int last) {

		Years span(Years other) {
			return new Years(Math.min(first, other.first), Math.max(last, other.last));
		}

	}

}
