package org.liminal.trainings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.StaffingNeeds;
import org.liminal.curriculum.VersionNeeds;
import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of trainings: filtered and paged, by month for the calendar, and by person for "my trainings".
 * Each reads its rows in one statement and names them from the chapter and program lists, so a page costs
 * the same few statements however many trainings it shows.
 */
@Service
public class TrainingFinder {

	private static final String SUMMARY = """
			select t.id, t.chapter_id, t.program_id, t.version_number, t.status, t.first_day, t.last_day,
			       (select d.starts_at from training_day d where d.training_id = t.id and d.day = 1) as starts_at,
			       t.online_link <> '' as online, t.address <> '' as in_person, t.language, t.public as open,
			       t.lead_days,
			       (select count(*) from training_assignment a where a.training_id = t.id) as filled_seats
			from training t
			""";

	private final JdbcClient jdbc;

	private final Chapters chapters;

	private final Programs programs;

	private final TrainingRepository trainings;

	private final VersionNeeds versionNeeds;

	TrainingFinder(JdbcClient jdbc, Chapters chapters, Programs programs, TrainingRepository trainings,
			VersionNeeds versionNeeds) {
		this.versionNeeds = versionNeeds;
		this.jdbc = jdbc;
		this.chapters = chapters;
		this.programs = programs;
		this.trainings = trainings;
	}

	/** Which trainings come first in a list. */
	public enum Order {

		/** By first day, earliest first: what is next. */
		SOONEST_FIRST(" order by t.first_day, t.id"),

		/** By first day, latest first: looking back from today. */
		LATEST_FIRST(" order by t.first_day desc, t.id desc");

		private final String sql;

		Order(String sql) {
			this.sql = sql;
		}

	}

	/** Trainings matching the filter, soonest first, one page at a time (pages numbered from 1). */
	@Transactional(readOnly = true)
	public TrainingPage find(TrainingFilter filter, int page, int size) {
		return find(filter, Order.SOONEST_FIRST, page, size);
	}

	/** Trainings matching the filter in the given order, one page at a time (pages numbered from 1). */
	@Transactional(readOnly = true)
	public TrainingPage find(TrainingFilter filter, Order order, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.chapterId() != null) {
			where.append(" and t.chapter_id = :chapter");
			params.put("chapter", filter.chapterId());
		}
		if (filter.programId() != null) {
			where.append(" and t.program_id = :program");
			params.put("program", filter.programId());
		}
		if (filter.status() != null) {
			where.append(" and t.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.from() != null) {
			where.append(" and t.last_day >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" and t.first_day <= :to");
			params.put("to", filter.to());
		}
		long total = jdbc.sql("select count(*) from training t" + where).params(params).query(Long.class).single();
		int safePage = Math.max(1, page);
		params.put("limit", size);
		params.put("offset", (long) (safePage - 1) * size);
		List<Row> rows = jdbc.sql(SUMMARY + where + order.sql + " limit :limit offset :offset")
			.params(params)
			.query(RecordRows.of(Row.class))
			.list();
		return new TrainingPage(named(rows), safePage, size, total);
	}

	/**
	 * How far each of the given trainings' teams is filled, in four statements whatever their number.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Staffing> staffing(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, UUID> versions = versionsOf(trainingIds);
		Map<UUID, StaffingNeeds> needs = versionNeeds.of(Set.copyOf(versions.values()));
		Map<UUID, Map<Seat, UUID>> teams = teamsOf(versions.keySet());
		Map<UUID, Staffing> staffing = new HashMap<>();
		versions.forEach((trainingId, versionId) -> staffing.put(trainingId,
				Staffing.of(StaffingPlan.seatsOf(needs.get(versionId)), teams.getOrDefault(trainingId, Map.of()))));
		return staffing;
	}

	/**
	 * The curriculum version each of the given trainings is pinned to, in one statement: what names its modules
	 * and seats.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> versionsOf(Collection<UUID> trainingIds) {
		Map<UUID, UUID> versions = new HashMap<>();
		if (trainingIds.isEmpty()) {
			return versions;
		}
		jdbc.sql("select id, program_version_id from training where id = any(?)")
			.param(trainingIds.toArray(UUID[]::new))
			.query((row, number) -> versions.put(row.getObject("id", UUID.class), row.getObject("program_version_id", UUID.class)))
			.list();
		return versions;
	}

	/** The given trainings, by id, in one statement (ids of other organizations' trainings are simply absent). */
	@Transactional(readOnly = true)
	public Map<UUID, TrainingSummary> summaries(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		List<Row> rows = jdbc.sql(SUMMARY + " where t.id = any(?)").param(trainingIds.toArray(UUID[]::new)).query(RecordRows.of(Row.class)).list();
		Map<UUID, TrainingSummary> summaries = new HashMap<>();
		named(rows).forEach(summary -> summaries.put(summary.id(), summary));
		return summaries;
	}

	/**
	 * Each chapter's activity as of a day, in one statement: chapters that never had a training other than
	 * drafts or cancelled ones are absent.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ChapterActivity> activityByChapter(LocalDate today) {
		Map<UUID, ChapterActivity> activity = new HashMap<>();
		jdbc.sql("""
				select chapter_id,
				       max(last_day) filter (where first_day <= :today and status in ('SCHEDULED', 'COMPLETED')) as last_held,
				       min(first_day) filter (where first_day > :today and status = 'SCHEDULED') as next_planned
				from training where status in ('SCHEDULED', 'COMPLETED') group by chapter_id""")
			.param("today", today)
			.query((row, number) -> activity.put(row.getObject("chapter_id", UUID.class),
					new ChapterActivity(row.getObject("chapter_id", UUID.class),
							row.getObject("last_held", LocalDate.class), row.getObject("next_planned", LocalDate.class))))
			.list();
		return activity;
	}

	/** Trainings on any day between the two dates, for a month calendar; cancelled ones included. */
	@Transactional(readOnly = true)
	public List<TrainingSummary> between(LocalDate from, LocalDate to, UUID chapterId) {
		return find(new TrainingFilter(chapterId, null, null, from, to), 1, 1000).trainings();
	}

	/**
	 * The days of the given trainings, in order, in one statement: a calendar shows each day at its own
	 * start time.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<TrainingDay>> daysOf(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<TrainingDay>> days = new HashMap<>();
		jdbc.sql("""
				select d.training_id, d.day, d.date, d.starts_at, d.ends_at from training_day d
				where d.training_id in (:ids) order by d.training_id, d.day""")
			.param("ids", List.copyOf(trainingIds))
			.query(RecordRows.of(DayRow.class))
			.list()
			.forEach(row -> days.computeIfAbsent(row.trainingId(), id -> new ArrayList<>())
				.add(new TrainingDay(row.day(), row.date(), row.startsAt(), row.endsAt())));
		return days;
	}

	/**
	 * Who holds which seat on each of the given trainings, in one statement (a training nobody staffed yet is
	 * absent): whoever plans work per seat holder reads it here.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Map<Seat, UUID>> teamsOf(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Map<Seat, UUID>> teams = new HashMap<>();
		jdbc.sql("""
				select training_id, post, module_key, day_of_role_id, seat, account_id from training_assignment
				where training_id = any(?)""")
			.param(trainingIds.toArray(UUID[]::new))
			.query((row, number) -> {
				Seat seat = new Seat(Post.valueOf(row.getString("post")), row.getObject("module_key", UUID.class),
						row.getObject("day_of_role_id", UUID.class), row.getInt("seat"));
				teams.computeIfAbsent(row.getObject("training_id", UUID.class), id -> new HashMap<>())
					.put(seat, row.getObject("account_id", UUID.class));
				return seat;
			})
			.list();
		return teams;
	}

	/**
	 * The trainings someone is on the team of, with their seats there: upcoming and running ones soonest
	 * first, then those that ended on or after {@code since}.
	 */
	@Transactional(readOnly = true)
	public List<Assignments> assignedTo(UUID accountId, LocalDate since) {
		List<Row> rows = jdbc.sql(SUMMARY + """
				 where t.status <> 'CANCELLED' and t.last_day >= :since
				   and exists (select 1 from training_assignment a where a.training_id = t.id and a.account_id = :account)
				 order by t.first_day, t.id""")
			.param("since", since)
			.param("account", accountId)
			.query(RecordRows.of(Row.class))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Training> whole = new HashMap<>();
		trainings.findWholeByIdIn(rows.stream().map(Row::id).toList()).forEach(t -> whole.put(t.id(), t));
		Map<UUID, CurriculumView> versions = new HashMap<>();
		List<Assignments> assignments = new ArrayList<>();
		List<TrainingSummary> summaries = named(rows);
		for (TrainingSummary summary : summaries) {
			Training training = whole.get(summary.id());
			CurriculumView version = versions.computeIfAbsent(training.programVersionId(),
					id -> programs.version(id).orElseThrow(TrainingNotFound::new));
			StaffingPlan plan = StaffingPlan.of(version, training.days());
			List<SeatPlan> mine = plan.seats()
				.stream()
				.filter(seat -> accountId.equals(training.team().get(seat.seat())))
				.toList();
			assignments.add(new Assignments(summary, mine));
		}
		return assignments;
	}

	/**
	 * The first {@code limit} trainings someone is on the team of that end on or after {@code since}, soonest first,
	 * with the seats they hold there, in four statements however many: for dashboards, which name each seat but
	 * show no times (the seats come without {@link SeatPlan#busy()}).
	 */
	@Transactional(readOnly = true)
	public List<Assignments> soonestAssignedTo(UUID accountId, LocalDate since, int limit) {
		List<Row> rows = jdbc.sql(SUMMARY + """
				 where t.status <> 'CANCELLED' and t.last_day >= :since
				   and exists (select 1 from training_assignment a where a.training_id = t.id and a.account_id = :account)
				 order by t.first_day, t.id limit :limit""")
			.param("since", since)
			.param("account", accountId)
			.param("limit", limit)
			.query(RecordRows.of(Row.class))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<SeatPlan>> seats = new HashMap<>();
		// Named from the pinned version's modules and the organization's day-of roles in the same statement.
		jdbc.sql("""
				select a.training_id, a.post, a.module_key, a.day_of_role_id, a.seat, m.id as module_id,
				       coalesce(m.title, r.name) as title
				from training_assignment a
				join training t on t.id = a.training_id
				left join curriculum_module m on m.program_version_id = t.program_version_id and m.key = a.module_key
				left join day_of_role r on r.id = a.day_of_role_id
				where a.account_id = :account and a.training_id = any(:ids)
				order by a.training_id, case a.post when 'LEAD_TRAINER' then 0 when 'COACH' then 1 when 'MODULE' then 2
				         else 3 end, m.position, r.name, a.seat""")
			.param("account", accountId)
			.param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
			.query((row, number) -> {
				Seat seat = new Seat(Post.valueOf(row.getString("post")), row.getObject("module_key", UUID.class),
						row.getObject("day_of_role_id", UUID.class), row.getInt("seat"));
				SeatPlan plan = new SeatPlan(seat, row.getString("title"), row.getObject("module_id", UUID.class),
						List.of());
				seats.computeIfAbsent(row.getObject("training_id", UUID.class), id -> new ArrayList<>()).add(plan);
				return plan;
			})
			.list();
		return named(rows).stream()
			.map(summary -> new Assignments(summary, seats.getOrDefault(summary.id(), List.of())))
			.toList();
	}

	/** How many trainings someone is on the team of that end on or after {@code since}, in one statement. */
	@Transactional(readOnly = true)
	public long countAssignedTo(UUID accountId, LocalDate since) {
		return jdbc.sql("""
				select count(*) from training t where t.status <> 'CANCELLED' and t.last_day >= :since
				   and exists (select 1 from training_assignment a where a.training_id = t.id and a.account_id = :account)""")
			.param("since", since)
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * The trainings, not cancelled, that end on or after {@code since} and whose coach's seat this person holds, in
	 * one statement.
	 */
	@Transactional(readOnly = true)
	public List<UUID> coachedBy(UUID coachId, LocalDate since) {
		return jdbc.sql("""
				select t.id from training t join training_assignment a on a.training_id = t.id
				where a.post = 'COACH' and a.account_id = :coach and t.status <> 'CANCELLED' and t.last_day >= :since""")
			.param("coach", coachId)
			.param("since", since)
			.query(UUID.class)
			.list();
	}

	/** The ids of every training of the given chapters, whatever their status, in one statement. */
	@Transactional(readOnly = true)
	public Set<UUID> idsOfChapters(Collection<UUID> chapterIds) {
		if (chapterIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select id from training where chapter_id = any(?)")
			.param(chapterIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	private List<TrainingSummary> named(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		// Names only (one statement each): lists of trainings need no chapter's people nor any program's versions.
		Map<UUID, ChapterName> chapterById = chapters.names()
			.stream()
			.collect(Collectors.toMap(ChapterName::id, chapter -> chapter));
		Map<UUID, String> programNames = programs.names();
		return rows.stream().map(row -> {
			ChapterName chapter = chapterById.get(row.chapterId());
			return new TrainingSummary(row.id(), row.chapterId(), chapter.name(), chapter.zone(), row.programId(),
					programNames.getOrDefault(row.programId(), ""), row.versionNumber(), TrainingStatus.valueOf(row.status()),
					row.firstDay(), row.lastDay(), row.startsAt(), row.online(), row.inPerson(), row.language(), row.open(),
					row.leadDays(), (int) row.filledSeats());
		}).toList();
	}

	private record Row(UUID id, UUID chapterId, UUID programId, int versionNumber, String status, LocalDate firstDay,
			LocalDate lastDay, LocalTime startsAt, boolean online, boolean inPerson, String language, boolean open,
			Integer leadDays, long filledSeats) {
	}

	private record DayRow(UUID trainingId, int day, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
	}

}
