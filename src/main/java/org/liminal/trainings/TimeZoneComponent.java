package org.liminal.trainings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * The VTIMEZONE of one zone (RFC 5545, section 3.6.5), written from the JDK's own rules for a stretch of time: the
 * observance in force at its start, then one STANDARD or DAYLIGHT observance per change of offset until its end.
 * Each observance starts at the local time, in the offset before, at which the change happens, as the RFC asks.
 * A zone without changes in that stretch (America/Mexico_City since 2022) gets the one observance in force.
 * Explicit onsets instead of recurrence rules: longer, but exactly what the JDK knows, with nothing to interpret.
 * <p>
 * Each onset is also given as an RDATE. The RFC counts it once either way (a recurrence set has no duplicates),
 * and some readers, ical4j 4 among them, take the onsets of an observance only from its RDATEs and RRULEs.
 */
final class TimeZoneComponent {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	/** Where an observance older than every change the JDK knows of is said to begin. */
	private static final LocalDateTime LONG_AGO = LocalDateTime.of(1970, 1, 1, 0, 0);

	private final ZoneId zone;

	private final Instant from;

	private final Instant to;

	TimeZoneComponent(ZoneId zone, Instant from, Instant to) {
		this.zone = zone;
		this.from = from;
		this.to = to;
	}

	/** From the first of January of the first year to the end of the last year. */
	static TimeZoneComponent covering(ZoneId zone, int firstYear, int lastYear) {
		return new TimeZoneComponent(zone, LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant(),
				LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant());
	}

	void writeTo(ContentLines lines) {
		ZoneRules rules = zone.getRules();
		lines.property("BEGIN", "VTIMEZONE").property("TZID", zone.getId());
		// The last change at or before the start (changes fall on whole seconds).
		ZoneOffsetTransition inForce = rules.previousTransition(from.plusSeconds(1));
		Instant cursor = from;
		if (inForce == null) {
			ZoneOffset offset = rules.getOffset(from);
			observance(lines, rules.isDaylightSavings(from), LONG_AGO, offset, offset, from);
		}
		else {
			observance(lines, inForce);
			cursor = inForce.getInstant();
		}
		for (ZoneOffsetTransition next = rules.nextTransition(cursor); next != null
				&& next.getInstant().isBefore(to); next = rules.nextTransition(next.getInstant())) {
			observance(lines, next);
		}
		lines.property("END", "VTIMEZONE");
	}

	private void observance(ContentLines lines, ZoneOffsetTransition change) {
		observance(lines, zone.getRules().isDaylightSavings(change.getInstant()), change.getDateTimeBefore(),
				change.getOffsetBefore(), change.getOffsetAfter(), change.getInstant());
	}

	private void observance(ContentLines lines, boolean daylight, LocalDateTime onset, ZoneOffset before,
			ZoneOffset after, Instant at) {
		String kind = daylight ? "DAYLIGHT" : "STANDARD";
		lines.property("BEGIN", kind)
			.property("DTSTART", LOCAL.format(onset))
			.property("RDATE", LOCAL.format(onset))
			.property("TZOFFSETFROM", offset(before))
			.property("TZOFFSETTO", offset(after))
			.text("TZNAME", ABBREVIATION.format(at.atZone(zone)))
			.property("END", kind);
	}

	/** {@code -0500}, or {@code +053328} for the odd offset with seconds. */
	static String offset(ZoneOffset offset) {
		int total = offset.getTotalSeconds();
		int absolute = Math.abs(total);
		String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", absolute / 3600,
				absolute / 60 % 60);
		return absolute % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", absolute % 60);
	}

}
