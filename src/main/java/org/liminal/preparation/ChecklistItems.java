package org.liminal.preparation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.liminal.curriculum.ResponsibleRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The checklist tables, in SQL: generation writes thousands of tasks at once, and pages read tasks across
 * trainings, so plain statements serve better than entities here. Row-level security keeps every statement
 * inside the current organization.
 */
@Repository
class ChecklistItems {

	static final String COLUMNS = "i.id, i.training_id, i.template_key, i.run_through_id, i.title, i.description, i.offset_days, "
			+ "i.responsible, i.day_of_role_id, i.assignee_id, i.owner_id, i.due_date, i.compressed, i.status, "
			+ "i.done_by, i.done_at, i.version";

	/** What the checklist of one training is planned against. */
	record Header(UUID trainingId, UUID chapterId, UUID programVersionId, LocalDate firstDay, ZoneId zone,
			boolean cancelled) {
	}

	/** A task about to be written: everything but its history. */
	record NewItem(UUID trainingId, UUID templateKey, String title, String description, int offsetDays,
			ResponsibleRole responsible, UUID dayOfRoleId, UUID assigneeId, UUID ownerId, DueDates.Due due) {
	}

	/** How far from the first day a task may be due (the table's check). */
	static final int MAX_OFFSET_DAYS = 365;

	private final JdbcClient jdbc;

	ChecklistItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** PostgreSQL's order of uuids (bytes compared unsigned), training first: the order of the indexes. */
	private static final Comparator<UUID> UUID_ORDER = (one, other) -> {
		int high = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits());
	};

	private static final Comparator<NewItem> IN_INDEX_ORDER = Comparator
		.comparing(NewItem::trainingId, UUID_ORDER)
		.thenComparing(NewItem::templateKey, Comparator.nullsLast(UUID_ORDER));

	static ChecklistItem item(ResultSet row, int number) throws SQLException {
		Timestamp doneAt = row.getTimestamp("done_at");
		return new ChecklistItem(row.getObject("id", UUID.class), row.getObject("training_id", UUID.class),
				row.getObject("template_key", UUID.class), row.getObject("run_through_id", UUID.class),
				row.getString("title"), row.getString("description"),
				row.getInt("offset_days"), ResponsibleRole.valueOf(row.getString("responsible")),
				row.getObject("day_of_role_id", UUID.class), row.getObject("assignee_id", UUID.class),
				row.getObject("owner_id", UUID.class), row.getObject("due_date", LocalDate.class),
				row.getBoolean("compressed"), ItemStatus.valueOf(row.getString("status")),
				row.getObject("done_by", UUID.class), doneAt == null ? null : doneAt.toInstant(),
				row.getLong("version"));
	}

	Optional<Header> header(UUID trainingId) {
		return jdbc.sql("select training_id, chapter_id, program_version_id, first_day, zone, state from checklist "
				+ "where training_id = ?")
			.param(trainingId)
			.query((row, number) -> new Header(row.getObject("training_id", UUID.class),
					row.getObject("chapter_id", UUID.class), row.getObject("program_version_id", UUID.class),
					row.getObject("first_day", LocalDate.class), ZoneId.of(row.getString("zone")),
					"CANCELLED".equals(row.getString("state"))))
			.optional();
	}

	/** Writes the headers of many checklists in one statement; those that exist already are left alone. */
	void insertHeaders(UUID organizationId, List<Header> headers, Instant now) {
		if (headers.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into checklist (organization_id, training_id, chapter_id, program_version_id, first_day, zone,
				                       state, created_at)
				select ?, t.training_id, t.chapter_id, t.version_id, t.first_day, t.zone, 'ACTIVE', ?
				from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::date[], ?::text[])
				     as t(training_id, chapter_id, version_id, first_day, zone)
				on conflict (training_id) do nothing""")
			.params(organizationId, Timestamp.from(now), headers.stream().map(Header::trainingId).toArray(UUID[]::new),
					headers.stream().map(Header::chapterId).toArray(UUID[]::new),
					headers.stream().map(Header::programVersionId).toArray(UUID[]::new),
					headers.stream().map(header -> header.firstDay().toString()).toArray(String[]::new),
					headers.stream().map(header -> header.zone().getId()).toArray(String[]::new))
			.update();
	}

	/**
	 * Writes many tasks in one statement. A template task a checklist already has (the same event delivered
	 * twice, or a task kept across versions) is skipped by the unique index, so this is safe to repeat.
	 * <p>
	 * Bulk generation is bound by how many index pages the statement touches: tasks are written in the order
	 * of their training's id (so each training's index pages are visited once, in one sweep) and get
	 * time-ordered ids (so the two indexes on the id grow at their right edge instead of at random pages).
	 * Together they took a third off generating 10,000 checklists (docs/performance.md).
	 *
	 * @return how many were written
	 */
	int insert(UUID organizationId, Collection<NewItem> unordered, Instant now) {
		if (unordered.isEmpty()) {
			return 0;
		}
		List<NewItem> items = unordered.stream().sorted(IN_INDEX_ORDER).toList();
		return jdbc.sql("""
				insert into checklist_item (id, organization_id, training_id, template_key, title, description,
				                            offset_days, responsible, day_of_role_id, assignee_id, owner_id, due_date,
				                            compressed, status, created_at)
				select t.id, ?, t.training_id, t.template_key, t.title, t.description, t.offset_days,
				       t.responsible, t.day_of_role_id, t.assignee_id, t.owner_id, t.due_date, t.compressed, 'OPEN', ?
				from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::integer[], ?::text[], ?::uuid[],
				            ?::uuid[], ?::uuid[], ?::date[], ?::boolean[])
				     as t(id, training_id, template_key, title, description, offset_days, responsible, day_of_role_id,
				          assignee_id, owner_id, due_date, compressed)
				on conflict (training_id, template_key) do nothing""")
			.params(organizationId, Timestamp.from(now), timeOrderedIds(items.size(), now),
					items.stream().map(NewItem::trainingId).toArray(UUID[]::new),
					items.stream().map(NewItem::templateKey).toArray(UUID[]::new),
					items.stream().map(NewItem::title).toArray(String[]::new),
					items.stream().map(NewItem::description).toArray(String[]::new),
					items.stream().map(NewItem::offsetDays).toArray(Integer[]::new),
					items.stream().map(item -> item.responsible().name()).toArray(String[]::new),
					items.stream().map(NewItem::dayOfRoleId).toArray(UUID[]::new),
					items.stream().map(NewItem::assigneeId).toArray(UUID[]::new),
					items.stream().map(NewItem::ownerId).toArray(UUID[]::new),
					items.stream().map(item -> item.due().date().toString()).toArray(String[]::new),
					items.stream().map(item -> item.due().compressed()).toArray(Boolean[]::new))
			.update();
	}

	List<ChecklistItem> ofTraining(UUID trainingId) {
		return jdbc.sql("select " + COLUMNS + " from checklist_item i where i.training_id = ? "
				+ "order by i.due_date, i.offset_days, i.created_at, i.title")
			.param(trainingId)
			.query(ChecklistItems::item)
			.list();
	}

	Optional<ChecklistItem> item(UUID itemId) {
		return jdbc.sql("select " + COLUMNS + " from checklist_item i where i.id = ?")
			.param(itemId)
			.query(ChecklistItems::item)
			.optional();
	}

	/** Moves tasks to new dates, each with its own due date and mark. */
	void moveDue(List<ChecklistItem> items, Map<UUID, DueDates.Due> dues) {
		if (items.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update checklist_item i set due_date = t.due_date, compressed = t.compressed, overdue_since = null,
				       version = i.version + 1
				from unnest(?::uuid[], ?::date[], ?::boolean[]) as t(id, due_date, compressed)
				where i.id = t.id""")
			.params(items.stream().map(ChecklistItem::id).toArray(UUID[]::new),
					items.stream().map(item -> dues.get(item.id()).date().toString()).toArray(String[]::new),
					items.stream().map(item -> dues.get(item.id()).compressed()).toArray(Boolean[]::new))
			.update();
	}

	/** A task's distance from the first day, within the bounds the table keeps. */
	static int offset(LocalDate firstDay, LocalDate dueDate) {
		long days = ChronoUnit.DAYS.between(firstDay, dueDate);
		return (int) Math.max(-MAX_OFFSET_DAYS, Math.min(MAX_OFFSET_DAYS, days));
	}

	/** Counts the run-through tasks' distances from a training's new first day; their dates stay. */
	void recountRunThroughOffsets(UUID trainingId, LocalDate firstDay) {
		jdbc.sql("""
				update checklist_item set offset_days = greatest(?, least(?, due_date - ?::date)), version = version + 1
				where training_id = ? and run_through_id is not null""")
			.params(-MAX_OFFSET_DAYS, MAX_OFFSET_DAYS, firstDay, trainingId)
			.update();
	}

	/** Gives tasks new owners, each its own. */
	void setOwners(Map<UUID, UUID> owners) {
		if (owners.isEmpty()) {
			return;
		}
		List<Map.Entry<UUID, UUID>> entries = List.copyOf(owners.entrySet());
		jdbc.sql("""
				update checklist_item i set owner_id = t.owner_id, version = i.version + 1
				from unnest(?::uuid[], ?::uuid[]) as t(id, owner_id)
				where i.id = t.id""")
			.params(entries.stream().map(Map.Entry::getKey).toArray(UUID[]::new),
					entries.stream().map(Map.Entry::getValue).toArray(UUID[]::new))
			.update();
	}

	/**
	 * Ids that sort by when they were made (RFC 9562 version 7: the millisecond first, then random bits), rising
	 * one by one within the batch.
	 */
	static UUID[] timeOrderedIds(int count, Instant now) {
		long mostSignificant = (now.toEpochMilli() << 16) | 0x7000L;
		long start = ThreadLocalRandom.current().nextLong(1L << 61);
		UUID[] ids = new UUID[count];
		for (int i = 0; i < count; i++) {
			ids[i] = new UUID(mostSignificant, Long.MIN_VALUE | (start + i));
		}
		return ids;
	}

}
