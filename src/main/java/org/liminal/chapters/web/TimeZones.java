package org.liminal.chapters.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zones a chapter can be in, as a select offers them: the zones of cities (America/Chicago), grouped by
 * continent or ocean, each with its offset from UTC now. Aliases such as US/Central or Etc/GMT+6 are left out: a
 * city is what people recognize.
 */
final class TimeZones {

	static final ZoneId FALLBACK = ZoneId.of("America/New_York");

	private static final Pattern CITY_ZONE = Pattern
		.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/([A-Za-z_\\-]+(?:/[A-Za-z_\\-]+)?)");

	private static final Set<String> OFFERED = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> CITY_ZONE.matcher(id).matches())
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private TimeZones() {
	}

	static boolean isOffered(String zoneId) {
		return zoneId != null && OFFERED.contains(zoneId);
	}

	/** "UTC-05:00": the zone's offset at that instant, so summer time shows as it is now. */
	static String offset(ZoneId zone, Instant now) {
		ZoneOffset offset = zone.getRules().getOffset(now);
		return "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
	}

	/**
	 * Every offered zone by area, cities sorted by name so that typing a city's first letters in the select finds
	 * it. A zone not offered but current (a chapter saved with an alias) comes first, so that saving the form never
	 * changes it unnoticed.
	 */
	static List<Area> areas(Instant now, String current) {
		Map<String, List<Choice>> byArea = new TreeMap<>();
		for (String id : OFFERED) {
			Matcher zone = CITY_ZONE.matcher(id);
			zone.matches();
			String city = zone.group(2).replace('_', ' ').replace("/", " / ");
			byArea.computeIfAbsent(zone.group(1), area -> new ArrayList<>())
				.add(new Choice(id, city + " (" + offset(ZoneId.of(id), now) + ")"));
		}
		List<Area> areas = new ArrayList<>();
		if (current != null && !current.isBlank() && !isOffered(current)) {
			try {
				ZoneId zone = ZoneId.of(current);
				areas.add(new Area("other", List.of(new Choice(current, current + " (" + offset(zone, now) + ")"))));
			}
			catch (DateTimeException notAZone) {
				// Nothing to keep: the form reports the unknown zone.
			}
		}
		byArea.forEach((area, choices) -> areas.add(new Area(area.toLowerCase(Locale.ROOT),
				choices.stream().sorted(Comparator.comparing(Choice::label)).toList())));
		return areas;
	}

	/** An option group; its label is the message {@code chapters.zoneArea.<key>}. */
	record Area(String key, List<Choice> zones) {

		public String messageKey() {
			return "chapters.zoneArea." + key;
		}

	}

	record Choice(String id, String label) {
	}

}
