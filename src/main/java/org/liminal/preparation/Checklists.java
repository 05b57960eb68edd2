package org.liminal.preparation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liminal.curriculum.ResponsibleRole;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.ChecklistItems.Header;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklists of the organization's trainings (the one in the tenant context), as people read and work
 * them: tick a task done, reopen it, comment, add one, hand it to someone. Who may do so on which training is
 * decided by the pages; every rule about the tasks themselves is kept here.
 */
@Service
public class Checklists {

	private final ChecklistItems items;

	private final JdbcClient jdbc;

	private final Clock clock;

	Checklists(ChecklistItems items, JdbcClient jdbc, Clock clock) {
		this.items = items;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The training's checklist with every comment; empty while the training is a draft. */
	@Transactional(readOnly = true)
	public Optional<Checklist> checklist(UUID trainingId) {
		return items.header(trainingId).map(header -> {
			Map<UUID, List<ChecklistComment>> comments = new HashMap<>();
			jdbc.sql("""
					select c.id, c.item_id, c.author_id, c.body, c.created_at
					from checklist_comment c join checklist_item i on i.id = c.item_id
					where i.training_id = ? order by c.created_at, c.id""")
				.param(trainingId)
				.query((row, number) -> new ChecklistComment(row.getObject("id", UUID.class),
						row.getObject("item_id", UUID.class), row.getObject("author_id", UUID.class), row.getString("body"),
						row.getTimestamp("created_at").toInstant()))
				.list()
				.forEach(comment -> comments.computeIfAbsent(comment.itemId(), id -> new ArrayList<>()).add(comment));
			return new Checklist(trainingId, header.firstDay(), header.zone(), header.cancelled(), today(header),
					items.ofTraining(trainingId), comments);
		});
	}

	/** The progress of many trainings' checklists in one statement; a training without one is absent. */
	@Transactional(readOnly = true)
	public Map<UUID, Progress> progress(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Progress> progress = new HashMap<>();
		jdbc.sql("""
				select c.training_id,
				       count(i.id) filter (where i.status = 'DONE') as done,
				       count(i.id) filter (where i.status <> 'CANCELLED') as total,
				       count(i.id) filter (where i.status = 'OPEN'
				                           and i.due_date < (?::timestamptz at time zone c.zone)::date) as overdue
				from checklist c left join checklist_item i on i.training_id = c.training_id
				where c.training_id = any(?)
				group by c.training_id""")
			.params(Timestamp.from(clock.instant()), trainingIds.toArray(UUID[]::new))
			.query((row, number) -> progress.put(row.getObject("training_id", UUID.class),
					new Progress(row.getInt("done"), row.getInt("total"), row.getInt("overdue"))))
			.list();
		return progress;
	}

	/** Marks a task done by the given person, now. */
	@Transactional
	public void tick(UUID itemId, long expectedVersion, UUID accountId) {
		ChecklistItem item = open(itemId, expectedVersion);
		jdbc.sql("update checklist_item set status = 'DONE', done_by = ?, done_at = ?, overdue_since = null, "
				+ "version = version + 1 where id = ? and version = ?")
			.params(accountId, Timestamp.from(clock.instant()), item.id(), expectedVersion)
			.update();
	}

	/** Opens a done task again: it was not quite done after all. */
	@Transactional
	public void reopen(UUID itemId, long expectedVersion) {
		ChecklistItem item = current(itemId, expectedVersion);
		if (!item.isDone()) {
			throw conflict(itemId);
		}
		jdbc.sql("update checklist_item set status = 'OPEN', done_by = null, done_at = null, version = version + 1 "
				+ "where id = ? and version = ?")
			.params(item.id(), expectedVersion)
			.update();
	}

	/** Leaves a note on a task, whatever its state. */
	@Transactional
	public void comment(UUID itemId, UUID accountId, String body) {
		ChecklistItem item = items.item(itemId).orElseThrow(ChecklistItemNotFound::new);
		jdbc.sql("insert into checklist_comment (id, organization_id, item_id, author_id, body, created_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), TenantContext.requireOrganizationId(), item.id(), accountId, body.strip(),
					Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Adds a task by hand. It keeps its distance from the training's first day, so it moves with the training;
	 * it is never replaced by a newer version's template.
	 */
	@Transactional
	public UUID add(UUID trainingId, NewTask task, UUID accountId) {
		Header header = items.header(trainingId).orElseThrow(ChecklistItemNotFound::new);
		if (header.cancelled()) {
			throw new PreparationChangeRefused(null, "checklist.error.cancelled");
		}
		if (task.dueDate().isBefore(today(header))) {
			throw new PreparationChangeRefused("dueDate", "checklist.error.duePast");
		}
		long offset = ChronoUnit.DAYS.between(header.firstDay(), task.dueDate());
		if (Math.abs(offset) > 365) {
			throw new PreparationChangeRefused("dueDate", "checklist.error.dueFar");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into checklist_item (id, organization_id, training_id, title, description, offset_days,
				                            responsible, assignee_id, owner_id, due_date, status, added_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(id, TenantContext.requireOrganizationId(), trainingId, task.title().strip(),
					task.description() == null ? "" : task.description().strip(), (int) offset,
					ResponsibleRole.CHAPTER_LEAD.name(), task.ownerId(), task.ownerId(), task.dueDate(), accountId,
					Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/**
	 * Hands a task to someone, or ({@code null}) back to whoever holds its responsible role: from then on it
	 * stays with that person even when the team changes.
	 *
	 * @param roleHolder who holds the task's role now ({@code null}: the chapter's leads), for the way back
	 */
	@Transactional
	public void handTo(UUID itemId, UUID ownerId, UUID roleHolder, long expectedVersion) {
		ChecklistItem item = current(itemId, expectedVersion);
		jdbc.sql("update checklist_item set assignee_id = ?, owner_id = ?, version = version + 1 "
				+ "where id = ? and version = ?")
			.params(ownerId, ownerId != null ? ownerId : roleHolder, item.id(), expectedVersion)
			.update();
	}

	/**
	 * The open tasks a person owns across the organization's active checklists, with those of the chapters they
	 * lead that nobody holds yet; earliest due (so overdue) first.
	 */
	@Transactional(readOnly = true)
	public List<ChecklistItem> tasksOf(UUID accountId, Collection<UUID> chaptersLed) {
		return jdbc.sql("select " + ChecklistItems.COLUMNS + """
				 from checklist_item i join checklist c on c.training_id = i.training_id
				where i.status = 'OPEN' and c.state = 'ACTIVE'
				  and (i.owner_id = ? or (i.owner_id is null and c.chapter_id = any(?)))
				order by i.due_date, c.first_day, i.training_id, i.title limit 500""")
			.params(accountId, chaptersLed.toArray(UUID[]::new))
			.query(ChecklistItems::item)
			.list();
	}

	/** The open tasks of a chapter's active checklists, earliest due first. */
	@Transactional(readOnly = true)
	public List<ChecklistItem> openTasksOf(UUID chapterId) {
		return jdbc.sql("select " + ChecklistItems.COLUMNS + """
				 from checklist_item i join checklist c on c.training_id = i.training_id
				where i.status = 'OPEN' and c.state = 'ACTIVE' and c.chapter_id = ?
				order by i.due_date, c.first_day, i.training_id, i.title limit 500""")
			.param(chapterId)
			.query(ChecklistItems::item)
			.list();
	}

	/**
	 * The open tasks of a chapter's active checklists due before the chapter's today, the longest overdue first,
	 * at most {@code limit} of them: one statement.
	 */
	@Transactional(readOnly = true)
	public List<ChecklistItem> overdueTasksOf(UUID chapterId, LocalDate today, int limit) {
		return jdbc.sql("select " + ChecklistItems.COLUMNS + """
				 from checklist_item i join checklist c on c.training_id = i.training_id
				where i.status = 'OPEN' and c.state = 'ACTIVE' and c.chapter_id = ? and i.due_date < ?
				order by i.due_date, c.first_day, i.training_id, i.title limit ?""")
			.params(chapterId, Date.valueOf(today), limit)
			.query(ChecklistItems::item)
			.list();
	}

	/** How many open tasks of a chapter's active checklists are due before the chapter's today. */
	@Transactional(readOnly = true)
	public int overdueCountOf(UUID chapterId, LocalDate today) {
		return jdbc.sql("""
				select count(*) from checklist_item i join checklist c on c.training_id = i.training_id
				where i.status = 'OPEN' and c.state = 'ACTIVE' and c.chapter_id = ? and i.due_date < ?""")
			.params(chapterId, Date.valueOf(today))
			.query(Integer.class)
			.single();
	}

	/** One task of the organization's checklists, for the pages that work on it. */
	@Transactional(readOnly = true)
	public Optional<ChecklistItem> task(UUID itemId) {
		return items.item(itemId);
	}

	/** The training a task belongs to, for deciding who may touch it. */
	@Transactional(readOnly = true)
	public UUID trainingOf(UUID itemId) {
		return items.item(itemId).map(ChecklistItem::trainingId).orElseThrow(ChecklistItemNotFound::new);
	}

	private ChecklistItem open(UUID itemId, long expectedVersion) {
		ChecklistItem item = current(itemId, expectedVersion);
		if (!item.isOpen()) {
			throw conflict(itemId);
		}
		return item;
	}

	private ChecklistItem current(UUID itemId, long expectedVersion) {
		ChecklistItem item = jdbc.sql("select " + ChecklistItems.COLUMNS + " from checklist_item i where i.id = ? for update")
			.param(itemId)
			.query(ChecklistItems::item)
			.optional()
			.orElseThrow(ChecklistItemNotFound::new);
		if (item.version() != expectedVersion) {
			throw conflict(itemId);
		}
		return item;
	}

	private static OptimisticLockingFailureException conflict(UUID itemId) {
		return new OptimisticLockingFailureException("Checklist task " + itemId + " changed meanwhile");
	}

	private LocalDate today(Header header) {
		return LocalDate.now(clock.withZone(header.zone()));
	}

}
