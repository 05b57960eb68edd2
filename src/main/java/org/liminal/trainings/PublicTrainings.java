package org.liminal.trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.Programs;
import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings for the public pages: one by its sign-up token, or the upcoming open ones of the organization. Each
 * reads its trainings and their days in two statements and names them from the chapter and program lists.
 */
@Service
public class PublicTrainings {

	private static final String COLUMNS = """
			select t.id, t.chapter_id, t.program_id, t.status, t.address, t.online_link <> '' as online, t.language,
			       t.public as open, t.capacity, t.signup_token
			from training t
			""";

	private final JdbcClient jdbc;

	private final SignUpLinks links;

	private final TrainingFinder finder;

	private final Chapters chapters;

	private final Programs programs;

	private final Clock clock;

	PublicTrainings(JdbcClient jdbc, SignUpLinks links, TrainingFinder finder, Chapters chapters, Programs programs,
			Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.finder = finder;
		this.chapters = chapters;
		this.programs = programs;
		this.clock = clock;
	}

	/** The training whose sign-up page the token opens, whatever its status (the page says when it is closed). */
	@Transactional(readOnly = true)
	public Optional<PublicTraining> byToken(String token) {
		return links.trainingOf(token).flatMap(id -> named(jdbc.sql(COLUMNS + " where t.id = ?").param(id)
			.query(RecordRows.of(Row.class))
			.list()).stream().findFirst());
	}

	/** A training as strangers see it, for the pages and letters of someone who signed up for it. */
	@Transactional(readOnly = true)
	public Optional<PublicTraining> one(UUID trainingId) {
		return named(jdbc.sql(COLUMNS + " where t.id = ?").param(trainingId).query(RecordRows.of(Row.class)).list()).stream()
			.findFirst();
	}

	/**
	 * The training's video-call link (empty when it runs in person only): for its confirmed participants only,
	 * which is for the caller to make sure of.
	 */
	@Transactional(readOnly = true)
	public String onlineLink(UUID trainingId) {
		return jdbc.sql("select online_link from training where id = ?")
			.param(trainingId)
			.query(String.class)
			.optional()
			.orElseThrow(TrainingNotFound::new);
	}

	/**
	 * The training's days as an iCalendar file for someone who signed up: one event per day, in the chapter's
	 * time, titled and described by the caller (in the participant's language).
	 *
	 * @param location the street address, or the video-call link for those who may have it; may be empty
	 * @param url the absolute address of the participant's own page about the training
	 */
	public CalendarFile calendar(PublicTraining training, String summary, String location, String url,
			String description) {
		List<CalendarEvent> events = new ArrayList<>();
		for (TrainingDay day : training.days()) {
			events.add(new CalendarEvent(training.id() + "-day" + day.day() + "-participant@liminal", 0,
					training.zone(), day.start(), day.end(), summary, location, url, description,
					training.status() == TrainingStatus.CANCELLED ? CalendarEvent.Status.CANCELLED
							: CalendarEvent.Status.CONFIRMED));
		}
		String content = new ICalendarWriter(summary, training.zone(), clock.instant()).write(events);
		return new CalendarFile(TrainingCalendars.fileName(training.programName(), training.firstDay()), content);
	}

	/**
	 * The open, scheduled trainings whose last day is on or after {@code from} (in each chapter's own calendar,
	 * which the caller gives as the earliest of them), soonest first.
	 *
	 * @param chapterId only this chapter's, or all when {@code null}
	 * @param language only in this language, or all when {@code null}
	 * @param to only those starting on or before this day, or all when {@code null}
	 */
	@Transactional(readOnly = true)
	public List<PublicTraining> upcoming(LocalDate from, UUID chapterId, String language, LocalDate to) {
		StringBuilder where = new StringBuilder(" where t.public and t.status = 'SCHEDULED' and t.last_day >= :from");
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		if (chapterId != null) {
			where.append(" and t.chapter_id = :chapter");
			params.put("chapter", chapterId);
		}
		if (language != null) {
			where.append(" and t.language = :language");
			params.put("language", language);
		}
		if (to != null) {
			where.append(" and t.first_day <= :to");
			params.put("to", to);
		}
		return named(jdbc.sql(COLUMNS + where + " order by t.first_day, t.id").params(params).query(RecordRows.of(Row.class)).list());
	}

	private List<PublicTraining> named(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		// Names only: a public page is loaded thousands of times a minute in a surge, and needs no chapter's people.
		Map<UUID, ChapterName> chapterById = chapters.names()
			.stream()
			.collect(Collectors.toMap(ChapterName::id, chapter -> chapter));
		Map<UUID, String> programNames = programs.names();
		Map<UUID, List<TrainingDay>> days = finder.daysOf(rows.stream().map(Row::id).toList());
		List<PublicTraining> trainings = new ArrayList<>();
		for (Row row : rows) {
			ChapterName chapter = chapterById.get(row.chapterId());
			ZoneId zone = chapter.zone();
			trainings.add(new PublicTraining(row.id(), row.chapterId(), chapter.name(), zone,
					programNames.getOrDefault(row.programId(), ""), TrainingStatus.valueOf(row.status()),
					days.getOrDefault(row.id(), List.of()), row.address(), row.online(), row.language(), row.open(),
					row.capacity(), row.signupToken()));
		}
		return trainings;
	}

	private record Row(UUID id, UUID chapterId, UUID programId, String status, String address, boolean online,
			String language, boolean open, int capacity, String signupToken) {
	}

}
