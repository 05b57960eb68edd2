package org.liminal.coaching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.liminal.shared.FirstOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits on one person in coaching, for their own page: the run-throughs they will present at or watch, the
 * feedback they have to acknowledge and, for a coach, what waits on them per trainer. One statement each, the rows
 * read as they are shown (no entities), however many there are.
 */
@Service
public class CoachingAgenda {

	private final JdbcClient jdbc;

	CoachingAgenda(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The planned run-throughs on or after {@code from} that the person presents at, watches or coaches (holding the
	 * coach's seat of their training), soonest first: the first {@code limit} and how many in all.
	 */
	@Transactional(readOnly = true)
	public FirstOf<PlannedRunThrough> plannedFor(UUID accountId, LocalDate from, int limit) {
		AtomicLong total = new AtomicLong();
		List<PlannedRunThrough> first = jdbc.sql("""
				select r.id, r.training_id, r.run_on, r.starts_at, r.format,
				       exists (select 1 from run_through_part p where p.run_through_id = r.id and p.presenter_id = :me)
				         as presenting,
				       count(*) over () as total
				from run_through r join training t on t.id = r.training_id
				where r.status = 'PLANNED' and r.run_on >= :from and t.status <> 'CANCELLED'
				  and (exists (select 1 from run_through_part p where p.run_through_id = r.id and p.presenter_id = :me)
				       or exists (select 1 from run_through_watcher w where w.run_through_id = r.id and w.account_id = :me)
				       or exists (select 1 from training_assignment a where a.training_id = r.training_id
				                  and a.post = 'COACH' and a.account_id = :me))
				order by r.run_on, r.starts_at nulls first, r.id
				limit :limit""")
			.param("me", accountId)
			.param("from", from)
			.param("limit", limit)
			.query((row, number) -> {
				total.set(row.getLong("total"));
				return new PlannedRunThrough(row.getObject("id", UUID.class), row.getObject("training_id", UUID.class),
						row.getObject("run_on", LocalDate.class), row.getObject("starts_at", LocalTime.class),
						RunThroughFormat.valueOf(row.getString("format")), row.getBoolean("presenting"));
			})
			.list();
		return new FirstOf<>(first, total.get());
	}

	/** Submitted feedback on the presenter not acknowledged yet, newest first: the first {@code limit} and how many. */
	@Transactional(readOnly = true)
	public FirstOf<FeedbackDue> toAcknowledge(UUID presenterId, int limit) {
		AtomicLong total = new AtomicLong();
		List<FeedbackDue> first = jdbc.sql("""
				select id, training_id, run_through_id, module_key, coach_id, verdict, submitted_at,
				       count(*) over () as total
				from feedback
				where presenter_id = :me and status = 'SUBMITTED' and acknowledged_at is null
				order by submitted_at desc, id
				limit :limit""")
			.param("me", presenterId)
			.param("limit", limit)
			.query((row, number) -> {
				total.set(row.getLong("total"));
				return new FeedbackDue(row.getObject("id", UUID.class), row.getObject("training_id", UUID.class),
						row.getObject("run_through_id", UUID.class), row.getObject("module_key", UUID.class),
						row.getObject("coach_id", UUID.class), Verdict.valueOf(row.getString("verdict")),
						row.getTimestamp("submitted_at").toInstant());
			})
			.list();
		return new FirstOf<>(first, total.get());
	}

	/** What waits on the coach for each of the given trainers (every one of them, those with nothing too). */
	@Transactional(readOnly = true)
	public Map<UUID, CoacheeWork> waitingOn(UUID coachId, Collection<UUID> trainerIds) {
		Map<UUID, CoacheeWork> work = new HashMap<>();
		trainerIds.forEach(trainerId -> work.put(trainerId, CoacheeWork.nothing(trainerId)));
		if (trainerIds.isEmpty()) {
			return work;
		}
		jdbc.sql("""
				with held as (
				  select p.presenter_id as trainer_id, count(distinct r.id) as held
				  from run_through_part p join run_through r on r.id = p.run_through_id
				  where r.status = 'HELD' and p.presenter_id = any(:trainers)
				    and (exists (select 1 from run_through_watcher w where w.run_through_id = r.id and w.account_id = :coach)
				         or exists (select 1 from training_assignment a where a.training_id = r.training_id
				                    and a.post = 'COACH' and a.account_id = :coach))
				    and not exists (select 1 from feedback f where f.run_through_id = r.id and f.module_key = p.module_key
				                    and f.presenter_id = p.presenter_id and f.coach_id = :coach)
				  group by p.presenter_id),
				mine as (
				  select presenter_id as trainer_id, count(*) filter (where status = 'DRAFT') as drafts,
				         count(*) filter (where status = 'SUBMITTED' and acknowledged_at is null) as unacknowledged
				  from feedback where coach_id = :coach and presenter_id = any(:trainers)
				  group by presenter_id)
				select coalesce(h.trainer_id, m.trainer_id) as trainer_id, coalesce(h.held, 0) as held,
				       coalesce(m.drafts, 0) as drafts, coalesce(m.unacknowledged, 0) as unacknowledged
				from held h full join mine m on m.trainer_id = h.trainer_id""")
			.param("coach", coachId)
			.param("trainers", trainerIds.toArray(UUID[]::new))
			.query((row, number) -> work.put(row.getObject("trainer_id", UUID.class),
					new CoacheeWork(row.getObject("trainer_id", UUID.class), row.getInt("held"), row.getInt("drafts"),
							row.getInt("unacknowledged"))))
			.list();
		return work;
	}

}
