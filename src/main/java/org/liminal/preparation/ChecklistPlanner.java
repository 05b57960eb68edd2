package org.liminal.preparation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.curriculum.ChecklistItemView;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.ChecklistItems.Header;
import org.liminal.preparation.ChecklistItems.NewItem;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingCancelled;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingMovedToVersion;
import org.liminal.trainings.TrainingRescheduled;
import org.liminal.trainings.TrainingScheduled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each training's checklist in step with the training: generated from its version's template when it is
 * scheduled, moved when it is rescheduled, closed when it is cancelled, renewed when it moves to a newer
 * version, and re-owned when its team changes. Every step plans from what the event says (dates, the day it
 * happened), so delivering an event twice, or late, ends in the same checklist.
 */
@Service
class ChecklistPlanner {

	private final ChecklistItems items;

	private final Programs programs;

	private final TrainingFinder trainings;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChecklistPlanner(ChecklistItems items, Programs programs, TrainingFinder trainings, JdbcClient jdbc, Clock clock) {
		this.items = items;
		this.programs = programs;
		this.trainings = trainings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Generates the checklists of newly scheduled trainings of the current organization, in a few statements
	 * whatever their number.
	 *
	 * @return how many tasks were written (none for a checklist that exists already)
	 */
	@Transactional
	public int generate(Collection<TrainingScheduled> scheduled) {
		if (scheduled.isEmpty()) {
			return 0;
		}
		UUID organizationId = TenantContext.requireOrganizationId();
		items.insertHeaders(organizationId, scheduled.stream()
			.map(event -> new Header(event.trainingId(), event.chapterId(), event.programVersionId(),
					event.dates().get(0), event.zone(), false))
			.toList(), clock.instant());
		Map<UUID, List<ChecklistItemView>> templates = new HashMap<>();
		Map<UUID, Map<Seat, UUID>> teams = trainings
			.teamsOf(scheduled.stream().map(TrainingScheduled::trainingId).toList());
		List<NewItem> tasks = new ArrayList<>();
		for (TrainingScheduled event : scheduled) {
			List<ChecklistItemView> template = templates.computeIfAbsent(event.programVersionId(), this::template);
			tasks.addAll(fromTemplate(event.trainingId(), event.dates().get(0), template,
					teams.getOrDefault(event.trainingId(), Map.of()), event.scheduledOn()));
		}
		return items.insert(organizationId, tasks, clock.instant());
	}

	/**
	 * Open tasks move with the training's first day; done ones stay done, tasks added by hand stay too. A
	 * run-through's task stays on the run-through's date (the run-through does not move with the training), only
	 * its distance from the new first day is counted again.
	 */
	@Transactional
	public void rescheduled(TrainingRescheduled event) {
		if (items.header(event.trainingId()).isEmpty()) {
			return;
		}
		LocalDate firstDay = event.dates().get(0);
		jdbc.sql("update checklist set first_day = ? where training_id = ?")
			.params(firstDay, event.trainingId())
			.update();
		items.recountRunThroughOffsets(event.trainingId(), firstDay);
		List<ChecklistItem> open = items.ofTraining(event.trainingId())
			.stream()
			.filter(item -> item.isOpen() && !item.isRunThrough())
			.toList();
		Map<Integer, DueDates.Due> plan = DueDates.plan(firstDay,
				open.stream().map(ChecklistItem::offsetDays).toList(), event.rescheduledOn());
		items.moveDue(open, open.stream()
			.collect(Collectors.toMap(ChecklistItem::id, item -> plan.get(item.offsetDays()))));
	}

	/** Open tasks are closed as cancelled; what was done stays on record. */
	@Transactional
	public void cancelled(TrainingCancelled event) {
		jdbc.sql("update checklist set state = 'CANCELLED' where training_id = ?").param(event.trainingId()).update();
		jdbc.sql("update checklist_item set status = 'CANCELLED', version = version + 1 "
				+ "where training_id = ? and status = 'OPEN'")
			.param(event.trainingId())
			.update();
	}

	/**
	 * Open tasks of the old template give way to the new template's: a task the new version still has (by its
	 * key) is rewritten in place, keeping its comments and whom it was handed to; one it dropped goes (with its comments); new ones
	 * come. Done tasks and tasks added by hand are kept as they are.
	 */
	@Transactional
	public void movedToVersion(TrainingMovedToVersion event) {
		if (items.header(event.trainingId()).isEmpty()) {
			return;
		}
		jdbc.sql("update checklist set program_version_id = ? where training_id = ?")
			.params(event.programVersionId(), event.trainingId())
			.update();
		List<ChecklistItemView> template = template(event.programVersionId());
		Map<UUID, ChecklistItemView> byKey = template.stream()
			.collect(Collectors.toMap(ChecklistItemView::key, Function.identity()));
		List<ChecklistItem> existing = items.ofTraining(event.trainingId());
		List<ChecklistItem> replaced = existing.stream()
			.filter(item -> item.isOpen() && item.isFromTemplate())
			.toList();
		Set<UUID> kept = existing.stream()
			.filter(item -> item.isFromTemplate() && !item.isOpen())
			.map(ChecklistItem::templateKey)
			.collect(Collectors.toSet());
		if (!replaced.isEmpty()) {
			jdbc.sql("delete from checklist_item where id = any(?)")
				.param(replaced.stream().filter(item -> !byKey.containsKey(item.templateKey()))
					.map(ChecklistItem::id).toArray(UUID[]::new))
				.update();
		}
		Map<Seat, UUID> team = trainings.teamsOf(List.of(event.trainingId())).getOrDefault(event.trainingId(), Map.of());
		List<ChecklistItemView> renewed = template.stream().filter(task -> !kept.contains(task.key())).toList();
		Map<UUID, ChecklistItem> open = replaced.stream()
			.filter(item -> byKey.containsKey(item.templateKey()))
			.collect(Collectors.toMap(ChecklistItem::templateKey, Function.identity()));
		List<NewItem> planned = fromTemplate(event.trainingId(), event.dates().get(0), renewed, team, event.movedOn());
		for (NewItem task : planned) {
			ChecklistItem current = open.get(task.templateKey());
			if (current != null) {
				rewrite(current, task);
			}
		}
		items.insert(TenantContext.requireOrganizationId(),
				planned.stream().filter(task -> !open.containsKey(task.templateKey())).toList(), clock.instant());
	}

	/** Tasks that follow a role go to whoever holds it now (or back to the chapter's leads). */
	@Transactional
	public void teamChanged(UUID trainingId) {
		List<ChecklistItem> following = items.ofTraining(trainingId)
			.stream()
			.filter(item -> item.isOpen() && item.assigneeId() == null)
			.toList();
		if (following.isEmpty()) {
			return;
		}
		Map<Seat, UUID> team = trainings.teamsOf(List.of(trainingId)).getOrDefault(trainingId, Map.of());
		Map<UUID, UUID> changed = new HashMap<>();
		for (ChecklistItem item : following) {
			UUID owner = Owners.of(item.responsible(), item.dayOfRoleId(), team);
			if (!Objects.equals(owner, item.ownerId())) {
				changed.put(item.id(), owner);
			}
		}
		items.setOwners(changed);
	}

	private void rewrite(ChecklistItem current, NewItem task) {
		jdbc.sql("""
				update checklist_item set title = ?, description = ?, offset_days = ?, responsible = ?,
				       day_of_role_id = ?, owner_id = coalesce(assignee_id, ?), due_date = ?, compressed = ?,
				       overdue_since = null, version = version + 1
				where id = ?""")
			.params(task.title(), task.description(), task.offsetDays(), task.responsible().name(),
					task.dayOfRoleId(), task.ownerId(), task.due().date(), task.due().compressed(), current.id())
			.update();
	}

	private List<ChecklistItemView> template(UUID programVersionId) {
		return programs.version(programVersionId).map(CurriculumView::checklist).orElse(List.of());
	}

	private static List<NewItem> fromTemplate(UUID trainingId, LocalDate firstDay, List<ChecklistItemView> template,
			Map<Seat, UUID> team, LocalDate today) {
		Map<Integer, DueDates.Due> plan = DueDates.plan(firstDay,
				template.stream().map(ChecklistItemView::offsetDays).toList(), today);
		return template.stream()
			.map(task -> new NewItem(trainingId, task.key(), task.title(), task.task().description(),
					task.offsetDays(), task.task().responsible(), task.task().dayOfRoleId(), null,
					Owners.of(task.task().responsible(), task.task().dayOfRoleId(), team), plan.get(task.offsetDays())))
			.toList();
	}

}
