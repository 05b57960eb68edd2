package org.liminal.coaching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.trainings.CalendarContributions;
import org.liminal.trainings.CalendarEvent;
import org.liminal.trainings.CalendarEvent.Status;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Run-throughs in the calendar feeds: planned ones, and held ones for history, in a person's feed when they
 * present or watch and in a chapter's feed for its trainings. One event each, "Run-through: program — modules",
 * at its start time for as long as its parts are planned to take (all day when no time was set), in the chapter's
 * zone.
 * <p>
 * Cancelled run-throughs, and those of cancelled trainings, are left out rather than marked cancelled: a feed is a
 * subscription, which calendar apps replace with each fetch, so a dropped event disappears everywhere, while
 * STATUS:CANCELLED is ignored by some apps (Google Calendar shows such an event as if it were on). Trainings stay,
 * marked, because people need to know that one they expected is off; a rehearsal needs no such notice.
 */
@Component
class RunThroughCalendars implements CalendarContributions {

	private static final String RUN_THROUGHS = """
			select r.id, r.training_id, r.run_on, r.starts_at, r.format, r.place, r.version,
			       array(select p.module_key from run_through_part p where p.run_through_id = r.id
			             order by p.position) as module_keys,
			       array(select p.presenter_id from run_through_part p where p.run_through_id = r.id
			             order by p.position) as presenter_ids,
			       (select coalesce(sum(p.planned_minutes), 0) from run_through_part p
			        where p.run_through_id = r.id) as minutes,
			       array(select w.account_id from run_through_watcher w where w.run_through_id = r.id) as watcher_ids
			from run_through r
			where r.status in ('PLANNED', 'HELD') and r.run_on >= :since
			""";

	private static final String BY_DATE = " order by r.run_on, r.starts_at nulls first, r.id";

	private final JdbcClient jdbc;

	private final TrainingFinder trainings;

	private final Programs programs;

	private final Chapters chapters;

	private final MessageSource messages;

	RunThroughCalendars(JdbcClient jdbc, TrainingFinder trainings, Programs programs, Chapters chapters,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.trainings = trainings;
		this.programs = programs;
		this.chapters = chapters;
		this.messages = messages;
	}

	/** Those the person presents in or watches, with who presents and who watches. */
	@Override
	public List<CalendarEvent> ofPerson(UUID accountId, LocalDate since, String trainingsUrl, Locale locale) {
		List<Row> rows = jdbc.sql(RUN_THROUGHS + """
				  and (exists (select 1 from run_through_part p where p.run_through_id = r.id and p.presenter_id = :account)
				       or exists (select 1 from run_through_watcher w
				                  where w.run_through_id = r.id and w.account_id = :account))""" + BY_DATE)
			.param("since", since)
			.param("account", accountId)
			.query(RunThroughCalendars::row)
			.list();
		return events(rows, true, trainingsUrl, locale);
	}

	/** Without names: anyone in the organization may subscribe to a chapter's feed. */
	@Override
	public List<CalendarEvent> ofTrainings(Collection<UUID> trainingIds, LocalDate since, String trainingsUrl,
			Locale locale) {
		if (trainingIds.isEmpty()) {
			return List.of();
		}
		List<Row> rows = jdbc.sql(RUN_THROUGHS + " and r.training_id = any(:trainings)" + BY_DATE)
			.param("since", since)
			.param("trainings", trainingIds.toArray(UUID[]::new))
			.query(RunThroughCalendars::row)
			.list();
		return events(rows, false, trainingsUrl, locale);
	}

	private List<CalendarEvent> events(List<Row> rows, boolean withPeople, String trainingsUrl, Locale locale) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Collection<UUID> trainingIds = rows.stream().map(Row::trainingId).collect(Collectors.toSet());
		Map<UUID, TrainingSummary> summaries = trainings.summaries(trainingIds);
		Map<UUID, UUID> versions = trainings.versionsOf(trainingIds);
		Map<UUID, Map<UUID, String>> moduleTitles = moduleTitles(versions);
		Map<UUID, String> people = withPeople ? chapters.people()
			.stream()
			.collect(Collectors.toMap(Person::accountId, Person::name, (one, other) -> one)) : Map.of();
		List<CalendarEvent> events = new ArrayList<>();
		for (Row row : rows) {
			TrainingSummary training = summaries.get(row.trainingId());
			if (training == null || training.status() == TrainingStatus.CANCELLED) {
				continue;
			}
			Map<UUID, String> modules = moduleTitles.getOrDefault(versions.get(row.trainingId()), Map.of());
			events.add(event(row, training, modules, people, withPeople, trainingsUrl, locale));
		}
		return events;
	}

	private CalendarEvent event(Row row, TrainingSummary training, Map<UUID, String> modules,
			Map<UUID, String> people, boolean withPeople, String trainingsUrl, Locale locale) {
		String url = trainingsUrl + "/" + row.trainingId() + "/run-throughs/" + row.id();
		String summary = message(locale, "calendar.runThrough.summary", training.programName(),
				row.moduleKeys().stream().distinct().map(key -> modules.getOrDefault(key, "")).collect(
						Collectors.joining(", ")));
		String location = !row.place().isEmpty() ? row.place()
				: row.format() == RunThroughFormat.ONLINE ? message(locale, "calendar.runThrough.online") : "";
		List<String> lines = new ArrayList<>();
		if (withPeople) {
			lines.add(message(locale, "calendar.runThrough.presenters", IntStream.range(0, row.moduleKeys().size())
				.mapToObj(i -> message(locale, "calendar.runThrough.part", modules.getOrDefault(row.moduleKeys().get(i), ""),
						people.getOrDefault(row.presenterIds().get(i), "")))
				.collect(Collectors.joining("; "))));
			if (!row.watcherIds().isEmpty()) {
				lines.add(message(locale, "calendar.runThrough.watchers",
						row.watcherIds().stream().map(id -> people.getOrDefault(id, "")).sorted().collect(
								Collectors.joining(", "))));
			}
		}
		lines.add(message(locale, "calendar.runThrough.page", url));
		String uid = "run-through-" + row.id() + "@liminal";
		// A draft training's plans may still change with it.
		Status status = training.status() == TrainingStatus.DRAFT ? Status.TENTATIVE : Status.CONFIRMED;
		ZoneId zone = training.zone();
		if (row.startsAt() == null) {
			return CalendarEvent.allDay(uid, row.version(), zone, row.date(), summary, location, url,
					String.join("\n", lines), status);
		}
		LocalDateTime start = row.date().atTime(row.startsAt());
		return new CalendarEvent(uid, row.version(), zone, start, start.plusMinutes(Math.max(1, row.minutes())),
				summary, location, url, String.join("\n", lines), status);
	}

	/** The module titles of each version, one read per version (module keys are the same in every version). */
	private Map<UUID, Map<UUID, String>> moduleTitles(Map<UUID, UUID> versionsByTraining) {
		Map<UUID, Map<UUID, String>> titles = new HashMap<>();
		versionsByTraining.values()
			.stream()
			.distinct()
			.forEach(versionId -> titles.put(versionId, programs.version(versionId)
				.map(CurriculumView::modules)
				.orElse(List.of())
				.stream()
				.collect(Collectors.toMap(ModuleView::key, ModuleView::title))));
		return titles;
	}

	private String message(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		return new Row(row.getObject("id", UUID.class), row.getObject("training_id", UUID.class),
				row.getObject("run_on", LocalDate.class), row.getObject("starts_at", LocalTime.class),
				RunThroughFormat.valueOf(row.getString("format")), row.getString("place"), row.getLong("version"),
				uuids(row.getArray("module_keys")), uuids(row.getArray("presenter_ids")), row.getInt("minutes"),
				uuids(row.getArray("watcher_ids")));
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		return List.of((UUID[]) array.getArray());
	}

	/** A run-through as calendars need it; module and presenter ids pair up by position. */
	private record Row(UUID id, UUID trainingId, LocalDate date, LocalTime startsAt, RunThroughFormat format,
			String place, long version, List<UUID> moduleKeys, List<UUID> presenterIds, int minutes,
			List<UUID> watcherIds) {
	}

}
