package org.liminal.participants;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the organization absorbs people, counted for dashboards: the funnel from sign-up to a team, and trainings
 * held and people trained by month and by chapter, over the completed trainings whose first day falls in a period
 * (of one chapter or program, or all). Each held training's registrations are counted as they change (V24); one
 * statement reads those counts, and the rest is added up here, from one row per training.
 */
@Service
public class Absorption {

	/** Each stage's count, kept per training in a column named after the stage; none for a training nobody joined. */
	private static final String STAGE_COUNTS = Arrays.stream(FunnelStage.values())
		.map(stage -> stage.name().toLowerCase(Locale.ROOT))
		.map(column -> "coalesce(o." + column + ", 0) as " + column)
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	Absorption(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public HeldTrainings held(UUID chapterId, UUID programId, LocalDate from, LocalDate to) {
		List<HeldTraining> held = trainingsHeld(chapterId, programId, from, to);
		return new HeldTrainings(funnel(held), byMonth(held), byChapter(held));
	}

	/**
	 * Each completed training of the period, with what became of its registrations: one statement, reading the
	 * counts kept as registrations change (V24) rather than the registrations themselves.
	 */
	@Transactional(readOnly = true)
	public List<HeldTraining> trainingsHeld(UUID chapterId, UUID programId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select t.id, t.chapter_id, t.first_day, %s
				from training t left join registration_outcome o on o.training_id = t.id
				where t.status = 'COMPLETED' and t.first_day between :from and :to
				  and (cast(:chapter as uuid) is null or t.chapter_id = :chapter)
				  and (cast(:program as uuid) is null or t.program_id = :program)
				order by t.first_day desc, t.id""".formatted(STAGE_COUNTS))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("chapter", chapterId)
			.param("program", programId)
			.query((row, number) -> new HeldTraining(row.getObject("id", UUID.class),
					row.getObject("chapter_id", UUID.class), row.getObject("first_day", LocalDate.class),
					new Funnel(row.getInt("signed_up"), row.getInt("attended"), row.getInt("chose_next_step"),
							row.getInt("joined_team"), row.getInt("day_of_volunteer"), row.getInt("upgrade_training"))))
			.list();
	}

	/**
	 * How a chapter's teams grew from the trainings it held in a period: the attendees who chose each team, in one
	 * statement. Teams nobody chose are listed with none; archived ones only when someone chose them.
	 */
	@Transactional(readOnly = true)
	public List<TeamGrowth> teamGrowth(UUID chapterId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				with joined as (
				  select r.next_step_team_id as team_id, t.first_day
				  from training t join registration r on r.training_id = t.id
				  where t.chapter_id = :chapter and t.status = 'COMPLETED' and t.first_day between :from and :to
				    and r.attended and r.next_step = 'TEAM')
				select m.id, m.name, count(j.team_id) as newcomers, max(j.first_day) as latest
				from team m left join joined j on j.team_id = m.id
				where m.chapter_id = :chapter and (not m.archived or j.team_id is not null)
				group by m.id, m.name
				order by newcomers desc, lower(m.name)""")
			.param("chapter", chapterId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((row, number) -> new TeamGrowth(row.getObject("id", UUID.class), row.getString("name"),
					row.getInt("newcomers"), row.getObject("latest", LocalDate.class)))
			.list();
	}

	private static Funnel funnel(List<HeldTraining> held) {
		return held.stream().map(HeldTraining::funnel).reduce(Funnel.NONE, Funnel::plus);
	}

	/** Month by month, oldest first; months without a training held are absent. */
	private static List<TrainedCount> byMonth(List<HeldTraining> held) {
		Map<LocalDate, int[]> months = new TreeMap<>();
		held.forEach(training -> add(months.computeIfAbsent(training.firstDay().withDayOfMonth(1), month -> new int[2]), training));
		return months.entrySet()
			.stream()
			.map(month -> new TrainedCount(month.getKey(), null, month.getValue()[0], month.getValue()[1]))
			.toList();
	}

	/** Chapter by chapter, the most people trained first; chapters without a training held are absent. */
	private static List<TrainedCount> byChapter(List<HeldTraining> held) {
		Map<UUID, int[]> chapters = new LinkedHashMap<>();
		held.forEach(training -> add(chapters.computeIfAbsent(training.chapterId(), chapter -> new int[2]), training));
		return chapters.entrySet()
			.stream()
			.map(chapter -> new TrainedCount(null, chapter.getKey(), chapter.getValue()[0], chapter.getValue()[1]))
			.sorted(Comparator.comparingInt(TrainedCount::peopleTrained)
				.thenComparingInt(TrainedCount::trainingsHeld)
				.reversed()
				.thenComparing(TrainedCount::chapterId))
			.toList();
	}

	private static void add(int[] counts, HeldTraining training) {
		counts[0]++;
		counts[1] += training.funnel().attended();
	}

}
