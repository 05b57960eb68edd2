package org.liminal.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;
import org.liminal.trainings.CalendarEvent.Status;

/**
 * The iCalendar we write, read back with ical4j (an independent implementation): lines, escaping, and above all
 * times. Every event's start, as ical4j places it with the VTIMEZONE of the file, must be the instant java.time
 * gives for the chapter's local time, including on the days clocks change.
 */
class ICalendarWriterTests {

	static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Test
	void aCalendarSaysWhatItIsWithCrlfLineEnds() throws Exception {
		String ics = write(List.of(event("a", CHICAGO, LocalDateTime.of(2026, 4, 20, 10, 0), "Core · Springfield")));

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + ICalendarWriter.PRODUCT_ID + "\r\n")
			.contains("\r\nCALSCALE:GREGORIAN\r\n", "\r\nMETHOD:PUBLISH\r\n", "\r\nX-WR-CALNAME:Trainings\r\n")
			.endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
		VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
		assertThat(value(event, "UID")).isEqualTo("a");
		assertThat(value(event, "DTSTAMP")).isEqualTo("20260201T120000Z");
		assertThat(value(event, "SEQUENCE")).isEqualTo("3");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "URL")).isEqualTo("https://liminal.example/org/trainings/a");
	}

	@Test
	void longLinesAreFoldedAt75OctetsNeverInsideACharacter() throws Exception {
		String summary = "Formación de formadores — ñandú, café y acción 🌱 ".repeat(6).strip();
		String ics = write(List.of(event("a", MADRID, LocalDateTime.of(2026, 5, 4, 9, 30), summary)));

		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
		}
		assertThat(unfolded(ics)).contains("SUMMARY:" + summary.replace(",", "\\,"));
		assertThat(ics.split("\r\n ").length).as("continuation lines").isGreaterThan(4);
		VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.getSummary().getValue()).isEqualTo(summary);
	}

	@Test
	void textIsEscapedAndReadsBackTheSame() throws Exception {
		String description = "Bring: water, snacks; a pen\\pencil\r\nDoors open at 9:30\nSecond floor";
		CalendarEvent event = new CalendarEvent("a", 1, CHICAGO, LocalDateTime.of(2026, 4, 20, 10, 0),
				LocalDateTime.of(2026, 4, 20, 12, 0), "Core, level 1; Springfield", "12 Main St, Springfield",
				"https://liminal.example/org/trainings/a", description, Status.CANCELLED);

		String ics = write(List.of(event));

		assertThat(ics).contains("SUMMARY:Core\\, level 1\\; Springfield\r\n")
			.contains("LOCATION:12 Main St\\, Springfield\r\n");
		assertThat(unfolded(ics))
			.contains("DESCRIPTION:Bring: water\\, snacks\\; a pen\\\\pencil\\nDoors open at 9:30\\nSecond floor");
		VEvent parsed = parse(ics).<VEvent>getComponents("VEVENT").get(0);
		assertThat(parsed.getSummary().getValue()).isEqualTo("Core, level 1; Springfield");
		assertThat(parsed.getDescription().getValue())
			.isEqualTo("Bring: water, snacks; a pen\\pencil\nDoors open at 9:30\nSecond floor");
		assertThat(value(parsed, "STATUS")).isEqualTo("CANCELLED");
	}

	@Test
	void controlCharactersNeverStartALineOfTheirOwn() {
		CalendarEvent event = new CalendarEvent("a", 1, CHICAGO, LocalDateTime.of(2026, 4, 20, 10, 0),
				LocalDateTime.of(2026, 4, 20, 12, 0), "Core\u0007", "", "https://liminal.example/x\r\nSTATUS:CANCELLED",
				"", Status.CONFIRMED);

		String ics = write(List.of(event));

		assertThat(ics).contains("SUMMARY:Core\r\n").contains("URL:https://liminal.example/xSTATUS:CANCELLED\r\n")
			.doesNotContain("\r\nSTATUS:CANCELLED");
	}

	@Test
	void eventsOnTheDaysClocksChangeKeepTheirInstants() throws Exception {
		List<CalendarEvent> events = List.of(
				// Chicago springs forward at 02:00 on 8 March 2026: before, after, and a time that does not exist.
				event("chicago-before", CHICAGO, LocalDateTime.of(2026, 3, 8, 1, 30), "before"),
				event("chicago-after", CHICAGO, LocalDateTime.of(2026, 3, 8, 3, 30), "after"),
				event("chicago-gap", CHICAGO, LocalDateTime.of(2026, 3, 8, 2, 30), "gap"),
				// and falls back at 02:00 on 1 November 2026: 01:30 happens twice, the first one counts.
				event("chicago-twice", CHICAGO, LocalDateTime.of(2026, 11, 1, 1, 30), "twice"),
				event("chicago-winter", CHICAGO, LocalDateTime.of(2026, 12, 5, 10, 0), "winter"),
				event("new-york-summer", NEW_YORK, LocalDateTime.of(2026, 7, 4, 10, 0), "summer"),
				event("new-york-change", NEW_YORK, LocalDateTime.of(2026, 3, 8, 3, 0), "change"),
				// Mexico City kept daylight saving time until October 2022: first Sunday of April was a change day.
				event("mexico-april", MEXICO_CITY, LocalDateTime.of(2026, 4, 5, 10, 0), "april"),
				event("mexico-october", MEXICO_CITY, LocalDateTime.of(2026, 10, 25, 1, 30), "october"),
				event("madrid-change", MADRID, LocalDateTime.of(2026, 3, 29, 9, 0), "march"),
				event("madrid-twice", MADRID, LocalDateTime.of(2026, 10, 25, 2, 30), "october"),
				event("madrid-next-year", MADRID, LocalDateTime.of(2027, 6, 1, 18, 0), "june"));

		Calendar calendar = parse(write(events));

		Map<String, VTimeZone> zones = calendar.<VTimeZone>getComponents("VTIMEZONE")
			.stream()
			.collect(Collectors.toMap(zone -> zone.getTimeZoneId().getValue(), Function.identity()));
		assertThat(zones).containsOnlyKeys(CHICAGO.getId(), NEW_YORK.getId(), MEXICO_CITY.getId(), MADRID.getId());
		Map<String, CalendarEvent> written = events.stream()
			.collect(Collectors.toMap(CalendarEvent::uid, Function.identity()));
		List<VEvent> parsed = calendar.getComponents("VEVENT");
		assertThat(parsed).hasSize(events.size());
		for (VEvent vevent : parsed) {
			CalendarEvent event = written.get(value(vevent, "UID"));
			Instant expected = event.start().atZone(event.zone()).toInstant();
			ZonedDateTime start = (ZonedDateTime) vevent.getStartDate().orElseThrow().getDate();
			assertThat(start.toInstant()).as(event.uid() + ": where ical4j places the start").isEqualTo(expected);
			Instant expectedEnd = event.end().atZone(event.zone()).toInstant();
			ZonedDateTime end = (ZonedDateTime) vevent.getEndDate().orElseThrow().getDate();
			assertThat(end.toInstant()).as(event.uid() + ": where ical4j places the end").isEqualTo(expectedEnd);
			VTimeZone zone = zones.get(vevent.getStartDate().orElseThrow().getRequiredParameter("TZID").getValue());
			ZoneOffset offset = offsetAt(zone, expected);
			assertThat(offset).as(event.uid() + ": the file's offset at the start")
				.isEqualTo(event.zone().getRules().getOffset(expected));
			if (event.zone().getRules().isValidOffset(event.start(), offset)) {
				assertThat(LocalDateTime.ofInstant(expected, offset)).as(event.uid() + ": local time by the file")
					.isEqualTo(event.start());
			}
		}
		assertThat(value(parsed, "chicago-twice", "DTSTART")).isEqualTo("20261101T013000");
		assertThat(written.get("chicago-twice").start().atZone(CHICAGO).getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
	}

	@Test
	void eachZoneDescribesEveryOffsetOfTheYearsItsEventsSpan() throws Exception {
		List<CalendarEvent> events = List.of(event("ny", NEW_YORK, LocalDateTime.of(2026, 6, 1, 10, 0), "ny"),
				event("ny-later", NEW_YORK, LocalDateTime.of(2027, 2, 1, 10, 0), "ny"),
				event("chicago", CHICAGO, LocalDateTime.of(2026, 6, 1, 10, 0), "chicago"),
				event("mexico", MEXICO_CITY, LocalDateTime.of(2026, 6, 1, 10, 0), "mexico"),
				event("madrid", MADRID, LocalDateTime.of(2026, 6, 1, 10, 0), "madrid"));

		Calendar calendar = parse(write(events));

		for (VTimeZone zone : calendar.<VTimeZone>getComponents("VTIMEZONE")) {
			ZoneId id = ZoneId.of(zone.getTimeZoneId().getValue());
			int lastYear = id.equals(NEW_YORK) ? 2027 : 2026;
			Instant end = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(id).toInstant();
			for (Instant hour = LocalDate.of(2026, 1, 1).atStartOfDay(id).toInstant(); hour.isBefore(end); hour = hour
				.plus(1, ChronoUnit.HOURS)) {
				assertThat(offsetAt(zone, hour)).as(id + " at " + hour).isEqualTo(id.getRules().getOffset(hour));
			}
		}
	}

	@Test
	void zonesWithDaylightSavingTimeHaveBothKindsOfObservance() throws Exception {
		Calendar calendar = parse(write(List.of(event("chicago", CHICAGO, LocalDateTime.of(2026, 6, 1, 10, 0), "x"),
				event("madrid", MADRID, LocalDateTime.of(2026, 6, 1, 10, 0), "x"))));

		for (VTimeZone zone : calendar.<VTimeZone>getComponents("VTIMEZONE")) {
			assertThat(zone.getObservances()).extracting(Observance::getName)
				.contains(Observance.STANDARD, Observance.DAYLIGHT);
		}
		String chicago = write(List.of(event("chicago", CHICAGO, LocalDateTime.of(2026, 6, 1, 10, 0), "x")));
		assertThat(chicago).contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nRDATE:20260308T020000\r\n"
				+ "TZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nTZNAME:CDT\r\nEND:DAYLIGHT\r\n")
			.contains("BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nRDATE:20261101T020000\r\n"
					+ "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nTZNAME:CST\r\nEND:STANDARD\r\n");
	}

	@Test
	void mexicoCityHasOneStandardObservanceSince2022() throws Exception {
		String ics = write(List.of(event("mexico", MEXICO_CITY, LocalDateTime.of(2026, 4, 5, 10, 0), "x")));

		VTimeZone zone = parse(ics).<VTimeZone>getComponents("VTIMEZONE").get(0);
		assertThat(zone.getObservances()).singleElement().satisfies(observance -> {
			assertThat(observance.getName()).isEqualTo(Observance.STANDARD);
			assertThat(observance.<TzOffsetTo>getRequiredProperty("TZOFFSETTO").getOffset())
				.isEqualTo(ZoneOffset.ofHours(-6));
		});
		// The last change, when daylight saving time ended for good.
		assertThat(ics).contains("DTSTART:20221030T020000\r\nRDATE:20221030T020000\r\nTZOFFSETFROM:-0500\r\n"
				+ "TZOFFSETTO:-0600\r\n");
	}

	@Test
	void aCalendarWithoutEventsStillDescribesItsZone() throws Exception {
		Calendar calendar = parse(new ICalendarWriter("Empty", MEXICO_CITY, NOW).write(List.of()));

		assertThat(calendar.getComponents("VEVENT")).isEmpty();
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
			.satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo(MEXICO_CITY.getId()));
	}

	@Test
	void zonesWithoutAnyChangeGetAFixedObservance() throws Exception {
		ZoneId utc = ZoneId.of("UTC");
		String ics = write(List.of(event("utc", utc, LocalDateTime.of(2026, 6, 1, 10, 0), "x")));

		assertThat(ics).contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nRDATE:19700101T000000\r\n"
				+ "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n");
		VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
		assertThat(((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant())
			.isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
	}

	@Test
	void offsetsWithSecondsKeepThem() {
		assertThat(TimeZoneComponent.offset(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("+0530");
		assertThat(TimeZoneComponent.offset(ZoneOffset.ofHoursMinutesSeconds(-0, -25, -21))).isEqualTo("-002521");
		assertThat(TimeZoneComponent.offset(ZoneOffset.ofHours(-6))).isEqualTo("-0600");
	}

	@Test
	void aFeedAsksToBeFetchedAgain() {
		String ics = new ICalendarWriter("Feed", CHICAGO, NOW).refreshedEvery(java.time.Duration.ofHours(1))
			.write(List.of());

		assertThat(ics).contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "\r\nX-PUBLISHED-TTL:PT1H\r\n");
	}

	@Test
	void aTrainingsFileIsNamedInPlainLettersAfterItsProgramAndFirstDay() {
		assertThat(TrainingCalendars.fileName("Formación básica: ¡Acción!", LocalDate.of(2026, 4, 20)))
			.isEqualTo("formacion-basica-accion-2026-04-20.ics");
		assertThat(TrainingCalendars.fileName("行動", LocalDate.of(2026, 4, 20))).isEqualTo("training-2026-04-20.ics");
	}

	private static CalendarEvent event(String uid, ZoneId zone, LocalDateTime start, String summary) {
		return new CalendarEvent(uid, 3, zone, start, start.plusHours(2), summary, "",
				"https://liminal.example/org/trainings/" + uid, "", Status.CONFIRMED);
	}

	private static String write(List<CalendarEvent> events) {
		return new ICalendarWriter("Trainings", CHICAGO, NOW).write(events);
	}

	static Calendar parse(String ics) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	/**
	 * The offset the file's own time zone definition gives at an instant, read as RFC 5545 says: the observance with
	 * the latest onset at or before it, each onset (DTSTART and RDATEs) being a local time at TZOFFSETFROM.
	 */
	static ZoneOffset offsetAt(VTimeZone zone, Instant instant) {
		return zone.getObservances()
			.stream()
			.flatMap(observance -> onsets(observance).map(onset -> Map.entry(onset, offsetTo(observance))))
			.filter(onset -> !onset.getKey().isAfter(instant))
			.max(Map.Entry.comparingByKey())
			.orElseThrow(() -> new AssertionError(zone.getTimeZoneId().getValue() + " says nothing about " + instant))
			.getValue();
	}

	private static Stream<Instant> onsets(Observance observance) {
		ZoneOffset before = observance.<TzOffsetFrom>getRequiredProperty("TZOFFSETFROM").getOffset();
		DtStart<?> start = observance.getRequiredProperty("DTSTART");
		Stream<?> more = observance.<RDate<?>>getProperties("RDATE").stream().flatMap(rdate -> rdate.getDates().stream());
		return Stream.concat(Stream.of(start.getDate()), more)
			.map(local -> ((LocalDateTime) local).toInstant(before));
	}

	private static ZoneOffset offsetTo(Observance observance) {
		return observance.<TzOffsetTo>getRequiredProperty("TZOFFSETTO").getOffset();
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getRequiredProperty(name).getValue();
	}

	private static String value(List<VEvent> events, String uid, String name) {
		return events.stream().filter(event -> value(event, "UID").equals(uid)).findFirst().map(event -> {
			DateProperty<?> property = event.getRequiredProperty(name);
			return property.getValue();
		}).orElseThrow();
	}

	/** The logical lines, continuation lines joined back (RFC 5545, section 3.1). */
	private static List<String> unfolded(String ics) {
		return List.of(ics.replace("\r\n ", "").split("\r\n"));
	}

}
