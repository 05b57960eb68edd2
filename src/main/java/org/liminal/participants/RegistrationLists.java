package org.liminal.participants;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.preparation.RegistrationCount;
import org.liminal.preparation.RegistrationCounts;
import org.liminal.trainings.TrainingView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A training's registrations as its staff read them: searched, filtered, a page at a time, counted; by name for
 * the door and the sign-in sheet. Each read is one or two statements whatever the number of people.
 */
@Service
public class RegistrationLists implements RegistrationCounts {

	/** Registrations with their place on the waitlist, counted over the whole training before any filter. */
	private static final String ROWS = """
			select * from (
			  select %s, checked_in_by,
			         case when status = 'WAITLISTED'
			              then row_number() over (partition by status = 'WAITLISTED' order by arrival) else 0 end
			           as waitlist_position
			  from registration where training_id = :training) r
			""".formatted(Registrations.COLUMNS);

	/** The request attribute (followed by the training's id) that keeps a headcount for the rest of the request. */
	private static final String HEADCOUNT = RegistrationLists.class.getName() + ".headcount.";

	private final JdbcClient jdbc;

	RegistrationLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which way a list runs. */
	public enum Order {

		/** As they signed up: the order of the seats and the waitlist. */
		ARRIVAL(" order by r.arrival"),

		/** By name, as people are found at the door. */
		NAME(" order by lower(r.name), r.arrival");

		private final String sql;

		Order(String sql) {
			this.sql = sql;
		}

	}

	/** One page (numbered from 1; beyond the last shows the last) of the registrations the search finds. */
	@Transactional(readOnly = true)
	public RegistrationPage page(UUID trainingId, RegistrationSearch search, Order order, int page, int size) {
		String where = where(search);
		long total = jdbc.sql("select count(*) from registration r where r.training_id = :training and " + where)
			.param("training", trainingId)
			.param("pattern", search.pattern())
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + size - 1) / size);
		int shown = Math.min(Math.max(1, page), pages);
		List<RegistrationRow> rows = jdbc.sql(ROWS + " where " + where + order.sql + " limit :limit offset :offset")
			.param("training", trainingId)
			.param("pattern", search.pattern())
			.param("limit", size)
			.param("offset", (long) (shown - 1) * size)
			.query(RegistrationLists::row)
			.list();
		return new RegistrationPage(rows, shown, size, total);
	}

	/** Every registration the search finds, in arrival order: for an export. */
	@Transactional(readOnly = true)
	public List<RegistrationRow> all(UUID trainingId, RegistrationSearch search) {
		return jdbc.sql(ROWS + " where " + where(search) + Order.ARRIVAL.sql)
			.param("training", trainingId)
			.param("pattern", search.pattern())
			.query(RegistrationLists::row)
			.list();
	}

	/** The people with a seat, by name, for the printed sign-in sheet; erased people have no name to print. */
	@Transactional(readOnly = true)
	public List<Registration> seatedByName(UUID trainingId) {
		return jdbc.sql("select " + Registrations.COLUMNS + """
				 from registration
				where training_id = ? and status = 'CONFIRMED' and erased_at is null
				order by lower(name), arrival""")
			.param(trainingId)
			.query(Registrations::registration)
			.list();
	}

	/**
	 * The training's seats, who has one, who waits, who came and who walked in: one statement. Kept for the rest of
	 * a web request, where readiness asks for the same training's seats next (see {@link #of(Collection)}).
	 */
	@Transactional(readOnly = true)
	public Headcount headcount(TrainingView training) {
		Headcount headcount = jdbc.sql("""
				select count(*) filter (where status = 'CONFIRMED') as confirmed,
				       count(*) filter (where status = 'WAITLISTED') as waitlisted,
				       count(*) filter (where status <> 'CANCELLED' and checked_in_at is not null) as checked_in,
				       count(*) filter (where status <> 'CANCELLED' and walk_in) as walk_ins
				from registration where training_id = ?""")
			.param(training.id())
			.query((row, number) -> new Headcount(training.details().capacity(), row.getInt("confirmed"),
					row.getInt("waitlisted"), row.getInt("checked_in"), row.getInt("walk_ins")))
			.single();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(HEADCOUNT + training.id(), headcount, RequestAttributes.SCOPE_REQUEST);
		}
		return headcount;
	}

	/**
	 * For readiness: the seats of each training and how many are taken, in one statement. A training nobody signed
	 * up for yet has no seats row, and counts its capacity as the training has it.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<UUID, RegistrationCount> of(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		// The training page shows its registrations, then its readiness: the seats just counted serve both, which
		// keeps the page's statements within its budget. Pages are read-only (post/redirect/get), so they are current.
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && trainingIds.size() == 1
				&& request.getAttribute(HEADCOUNT + trainingIds.iterator().next(),
						RequestAttributes.SCOPE_REQUEST) instanceof Headcount counted) {
			return Map.of(trainingIds.iterator().next(),
					new RegistrationCount(counted.capacity(), counted.confirmed(), counted.waitlisted()));
		}
		return jdbc.sql("""
				select t.id, coalesce(s.capacity, t.capacity) as capacity, coalesce(s.taken, 0) as taken,
				       (select count(*) from registration r where r.training_id = t.id and r.status = 'WAITLISTED')
				         as waitlisted
				from training t left join training_seats s on s.training_id = t.id
				where t.id in (:ids)""")
			.param("ids", List.copyOf(trainingIds))
			.query((row, number) -> Map.entry(row.getObject("id", UUID.class),
					new RegistrationCount(row.getInt("capacity"), row.getInt("taken"), row.getInt("waitlisted"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * How many people signed up for each of the given trainings since an instant (those who cancelled since
	 * included: outreach brought them), in one statement; trainings with none are absent.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Integer> signedUpSince(Collection<UUID> trainingIds, Instant since) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select training_id, count(*) as signed_up from registration
				where training_id in (:ids) and created_at >= :since
				group by training_id""")
			.param("ids", List.copyOf(trainingIds))
			.param("since", Timestamp.from(since))
			.query((row, number) -> Map.entry(row.getObject("training_id", UUID.class), row.getInt("signed_up")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The filter and, when there is text, a name or email containing it (erased people have neither). */
	private static String where(RegistrationSearch search) {
		String where = search.filter().condition();
		if (search.hasText()) {
			where += " and r.erased_at is null and (lower(r.name) like :pattern or r.email like :pattern)";
		}
		return "(" + where + ")";
	}

	private static RegistrationRow row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new RegistrationRow(Registrations.registration(row, number), row.getInt("waitlist_position"),
				row.getObject("checked_in_by", UUID.class));
	}

}
