package org.liminal.participants;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the organization absorbs people, counted in the database for dashboards: the funnel from sign-up to a team,
 * and trainings held and people trained by month and by chapter. Each is one aggregate statement over the
 * completed trainings whose first day falls in the period (of one chapter or program, or all), whatever their
 * number.
 */
@Service
public class Absorption {

	/** Completed trainings in the period and scope; the parameters are named in {@link #params}. */
	private static final String HELD = """
			select t.id, t.chapter_id, t.first_day from training t
			where t.status = 'COMPLETED' and t.first_day between :from and :to
			  and (cast(:chapter as uuid) is null or t.chapter_id = :chapter)
			  and (cast(:program as uuid) is null or t.program_id = :program)""";

	private final JdbcClient jdbc;

	Absorption(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Funnel funnel(UUID chapterId, UUID programId, LocalDate from, LocalDate to) {
		return params(jdbc.sql("with held as (" + HELD + """
				)
				select count(*) as signed_up,
				       count(*) filter (where r.attended) as attended,
				       count(*) filter (where r.attended and r.next_step is not null) as chose,
				       count(*) filter (where r.attended and r.next_step = 'TEAM') as team,
				       count(*) filter (where r.attended and r.next_step = 'DAY_OF_VOLUNTEER') as day_of,
				       count(*) filter (where r.attended and r.next_step = 'UPGRADE_TRAINING') as upgrade
				from held join registration r on r.training_id = held.id and r.status <> 'CANCELLED'"""),
				chapterId, programId, from, to)
			.query((row, number) -> new Funnel(row.getInt("signed_up"), row.getInt("attended"), row.getInt("chose"),
					row.getInt("team"), row.getInt("day_of"), row.getInt("upgrade")))
			.single();
	}

	/** Month by month, oldest first; months without a training held are absent. */
	@Transactional(readOnly = true)
	public List<TrainedCount> byMonth(UUID chapterId, UUID programId, LocalDate from, LocalDate to) {
		return params(jdbc.sql("with held as (" + HELD + """
				)
				select cast(date_trunc('month', held.first_day) as date) as month, count(distinct held.id) as held,
				       count(r.id) filter (where r.attended) as trained
				from held left join registration r on r.training_id = held.id
				group by 1 order by 1"""), chapterId, programId, from, to)
			.query((row, number) -> new TrainedCount(row.getObject("month", LocalDate.class), null, row.getInt("held"),
					row.getInt("trained")))
			.list();
	}

	/** Chapter by chapter, the most people trained first; chapters without a training held are absent. */
	@Transactional(readOnly = true)
	public List<TrainedCount> byChapter(UUID chapterId, UUID programId, LocalDate from, LocalDate to) {
		return params(jdbc.sql("with held as (" + HELD + """
				)
				select held.chapter_id, count(distinct held.id) as held, count(r.id) filter (where r.attended) as trained
				from held left join registration r on r.training_id = held.id
				group by 1 order by 3 desc, 2 desc, 1"""), chapterId, programId, from, to)
			.query((row, number) -> new TrainedCount(null, row.getObject("chapter_id", UUID.class), row.getInt("held"),
					row.getInt("trained")))
			.list();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, UUID chapterId, UUID programId,
			LocalDate from, LocalDate to) {
		return statement.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("chapter", chapterId)
			.param("program", programId);
	}

}
