package org.liminal.coaching;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each coach's coaching in a period, counted in one aggregate statement, for dashboards. */
@Service
public class CoachingLoads {

	private final JdbcClient jdbc;

	CoachingLoads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The coaches who gave feedback in the period (its days taken in UTC, as {@link CoachingPeriod} says) or have a draft open, the busiest first.
	 */
	@Transactional(readOnly = true)
	public List<CoachingLoad> between(LocalDate from, LocalDate to) {
		CoachingPeriod period = new CoachingPeriod(from, to);
		return jdbc.sql("""
				select coach_id,
				       count(*) filter (where status = 'SUBMITTED' and submitted_at >= :from and submitted_at < :until) as given,
				       count(distinct presenter_id) filter (where status = 'SUBMITTED' and submitted_at >= :from
				                                             and submitted_at < :until) as trainers,
				       count(*) filter (where status = 'DRAFT') as drafts
				from feedback where coach_id is not null
				group by coach_id
				having count(*) filter (where status = 'SUBMITTED' and submitted_at >= :from and submitted_at < :until) > 0
				    or count(*) filter (where status = 'DRAFT') > 0
				order by 2 desc, 4 desc, 1""")
			.param("from", Timestamp.from(period.start()))
			.param("until", Timestamp.from(period.end()))
			.query((row, number) -> new CoachingLoad(row.getObject("coach_id", UUID.class), row.getInt("given"),
					row.getInt("trainers"), row.getInt("drafts")))
			.list();
	}

}
