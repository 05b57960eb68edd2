package org.liminal.trainings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trainings each calendar shows, each list read in one statement with the trainings' days (and one more for
 * a person's seats), however many trainings there are.
 */
@Component
class FeedTrainings {

	private static final String TRAININGS_WITH_DAYS = """
			select t.id, t.chapter_id, t.program_id, t.program_version_id, t.status, t.address, t.online_link,
			       t.language, t.cancel_reason, t.version, d.day, d.date, d.starts_at, d.ends_at
			from training t
			join training_day d on d.training_id = t.id
			""";

	private static final String IN_ORDER = " order by t.first_day, t.id, d.day";

	private final JdbcClient jdbc;

	FeedTrainings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A chapter's announced trainings: scheduled, held and cancelled ones that end on or after {@code since}.
	 * Drafts stay out: anyone in the organization may subscribe, and a draft's dates are not settled.
	 */
	List<FeedTraining> ofChapter(UUID chapterId, LocalDate since) {
		return trainings(jdbc.sql(TRAININGS_WITH_DAYS + """
				 where t.chapter_id = :chapter and t.status <> 'DRAFT' and t.last_day >= :since""" + IN_ORDER)
			.param("chapter", chapterId)
			.param("since", since)
			.query(RecordRows.of(Row.class))
			.list(), Map.of());
	}

	/**
	 * The trainings someone is on the team of, in any state, that end on or after {@code since}, with their seats:
	 * drafts too, because the person is already expected there.
	 */
	List<FeedTraining> ofPerson(UUID accountId, LocalDate since) {
		String mine = " where t.last_day >= :since and t.id in "
				+ "(select a.training_id from training_assignment a where a.account_id = :account)";
		List<Row> rows = jdbc.sql(TRAININGS_WITH_DAYS + mine + IN_ORDER)
			.param("account", accountId)
			.param("since", since)
			.query(RecordRows.of(Row.class))
			.list();
		Map<UUID, List<Seat>> seats = new LinkedHashMap<>();
		jdbc.sql("""
				select a.training_id, a.post, a.module_key, a.day_of_role_id, a.seat
				from training_assignment a
				join training t on t.id = a.training_id
				where a.account_id = :account and t.last_day >= :since
				order by a.training_id, a.post, a.seat""")
			.param("account", accountId)
			.param("since", since)
			.query(RecordRows.of(SeatRow.class))
			.list()
			.forEach(row -> seats.computeIfAbsent(row.trainingId(), id -> new ArrayList<>()).add(row.toSeat()));
		return trainings(rows, seats);
	}

	Optional<FeedTraining> one(UUID trainingId) {
		List<Row> rows = jdbc.sql(TRAININGS_WITH_DAYS + " where t.id = :training" + IN_ORDER)
			.param("training", trainingId)
			.query(RecordRows.of(Row.class))
			.list();
		return trainings(rows, Map.of()).stream().findFirst();
	}

	/** Rows come a day each, in order; consecutive rows of one training make one. */
	private static List<FeedTraining> trainings(List<Row> rows, Map<UUID, List<Seat>> seats) {
		Map<UUID, List<Row>> byTraining = new LinkedHashMap<>();
		rows.forEach(row -> byTraining.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
		return byTraining.values().stream().map(days -> {
			Row first = days.get(0);
			return new FeedTraining(first.id(), first.chapterId(), first.programId(), first.programVersionId(),
					TrainingStatus.valueOf(first.status()), first.address(), first.onlineLink(), first.language(),
					first.cancelReason(), first.version(), days.stream().map(Row::trainingDay).toList(),
					seats.getOrDefault(first.id(), List.of()));
		}).toList();
	}

	private record Row(UUID id, UUID chapterId, UUID programId, UUID programVersionId, String status, String address,
			String onlineLink, String language, String cancelReason, long version, int day, LocalDate date,
			LocalTime startsAt, LocalTime endsAt) {

		TrainingDay trainingDay() {
			return new TrainingDay(day, date, startsAt, endsAt);
		}

	}

	private record SeatRow(UUID trainingId, String post, UUID moduleKey, UUID dayOfRoleId, int seat) {

		Seat toSeat() {
			return new Seat(Post.valueOf(post), moduleKey, dayOfRoleId, seat);
		}

	}

}
