package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
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

	PublicTrainings(JdbcClient jdbc, SignUpLinks links, TrainingFinder finder, Chapters chapters, Programs programs) {
		this.jdbc = jdbc;
		this.links = links;
		this.finder = finder;
		this.chapters = chapters;
		this.programs = programs;
	}

	/** The training whose sign-up page the token opens, whatever its status (the page says when it is closed). */
	@Transactional(readOnly = true)
	public Optional<PublicTraining> byToken(String token) {
		return links.trainingOf(token).flatMap(id -> named(jdbc.sql(COLUMNS + " where t.id = ?").param(id)
			.query(Row.class)
			.list()).stream().findFirst());
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
		return named(jdbc.sql(COLUMNS + where + " order by t.first_day, t.id").params(params).query(Row.class).list());
	}

	private List<PublicTraining> named(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, ChapterView> chapterById = chapters.all()
			.stream()
			.collect(Collectors.toMap(ChapterView::id, chapter -> chapter));
		Map<UUID, String> programNames = programs.list(false)
			.stream()
			.collect(Collectors.toMap(ProgramSummary::programId, ProgramSummary::name));
		Map<UUID, List<TrainingDay>> days = finder.daysOf(rows.stream().map(Row::id).toList());
		List<PublicTraining> trainings = new ArrayList<>();
		for (Row row : rows) {
			ChapterView chapter = chapterById.get(row.chapterId());
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
