package org.liminal.preparation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.coaching.RunThroughNotFound;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.ResponsibleRole;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.ChecklistItems.Header;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planned run-throughs on their training's checklist: one task each, "Run-through: <modules>", due on the
 * run-through's date, owned by the lead trainer (the chapter's leads while there is none), saying who presents
 * what. It moves when the plan changes, is ticked when the run-through is logged as held and cancelled with it.
 * <p>
 * Each step brings the task in line with the run-through as it is now rather than with what an event said, so a
 * late or repeated event cannot move a task back to an older plan. A draft training has no checklist yet: its
 * planned run-throughs join the checklist when it is scheduled.
 */
@Service
class RunThroughTasks {

	private final RunThroughs runThroughs;

	private final ChecklistItems items;

	private final Trainings trainings;

	private final TrainingFinder finder;

	private final Programs programs;

	private final Chapters chapters;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	RunThroughTasks(RunThroughs runThroughs, ChecklistItems items, Trainings trainings, TrainingFinder finder,
			Programs programs, Chapters chapters, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.runThroughs = runThroughs;
		this.items = items;
		this.trainings = trainings;
		this.finder = finder;
		this.programs = programs;
		this.chapters = chapters;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds, moves, ticks or cancels the run-through's task to match the run-through. */
	@Transactional
	public void follow(UUID runThroughId) {
		Optional<RunThroughView> found = find(runThroughId);
		if (found.isEmpty()) {
			return;
		}
		RunThroughView runThrough = found.get();
		switch (runThrough.status()) {
			case PLANNED -> plan(runThrough.trainingId(), List.of(runThrough));
			case HELD -> tick(runThrough);
			case CANCELLED -> cancel(runThrough.id());
		}
	}

	/** Adds the tasks of a training's planned run-throughs, for a training whose checklist was just made. */
	@Transactional
	public void followAll(UUID trainingId) {
		plan(trainingId, runThroughs.ofTraining(trainingId).stream().filter(RunThroughView::isPlanned).toList());
	}

	private Optional<RunThroughView> find(UUID runThroughId) {
		try {
			return Optional.of(runThroughs.runThrough(runThroughId));
		}
		catch (RunThroughNotFound gone) {
			// Its training was discarded meanwhile: there is no task to keep in line.
			return Optional.empty();
		}
	}

	/**
	 * Writes the tasks of planned run-throughs of one training: new ones are added, existing ones take the
	 * plan's date, modules and presenters (a task someone handed over stays with them).
	 */
	private void plan(UUID trainingId, List<RunThroughView> planned) {
		Optional<Header> header = items.header(trainingId);
		if (planned.isEmpty() || header.isEmpty() || header.get().cancelled()) {
			return;
		}
		TrainingView training = trainings.training(trainingId);
		Locale language = Locale.forLanguageTag(training.details().language());
		Map<UUID, String> modules = programs.version(training.versionId())
			.map(CurriculumView::modules)
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(ModuleView::key, ModuleView::title));
		Map<UUID, String> people = chapters.people()
			.stream()
			.collect(Collectors.toMap(Person::accountId, Person::name, (one, other) -> one));
		Map<Seat, UUID> team = finder.teamsOf(List.of(trainingId)).getOrDefault(trainingId, Map.of());
		UUID owner = Owners.of(ResponsibleRole.LEAD_TRAINER, null, team);
		Instant now = clock.instant();
		for (RunThroughView runThrough : planned) {
			String moduleTitles = runThrough.parts()
				.stream()
				.map(part -> modules.getOrDefault(part.moduleKey(), ""))
				.distinct()
				.collect(Collectors.joining(", "));
			jdbc.sql("""
					insert into checklist_item (id, organization_id, training_id, run_through_id, title, description,
					                            offset_days, responsible, owner_id, due_date, status, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
					on conflict (organization_id, run_through_id) where run_through_id is not null do update
					set title = excluded.title, description = excluded.description,
					    offset_days = excluded.offset_days, due_date = excluded.due_date, overdue_since = null,
					    version = checklist_item.version + 1
					where (checklist_item.title, checklist_item.description, checklist_item.due_date)
					      is distinct from (excluded.title, excluded.description, excluded.due_date)""")
				.params(UUID.randomUUID(), TenantContext.requireOrganizationId(), trainingId, runThrough.id(),
						limit(message(language, "prep.runThrough.title", moduleTitles), 200),
						limit(description(runThrough, modules, people, language), 4000),
						ChecklistItems.offset(header.get().firstDay(), runThrough.details().date()),
						ResponsibleRole.LEAD_TRAINER.name(), owner, runThrough.details().date(), Timestamp.from(now))
				.update();
		}
	}

	/** Who presents which module, and when it starts when a time was set. */
	private String description(RunThroughView runThrough, Map<UUID, String> modules, Map<UUID, String> people,
			Locale language) {
		String presenters = runThrough.parts()
			.stream()
			.map(part -> message(language, "prep.runThrough.part", modules.getOrDefault(part.moduleKey(), ""),
					people.getOrDefault(part.presenterId(), "")))
			.collect(Collectors.joining("; "));
		String description = message(language, "prep.runThrough.presenters", presenters);
		if (runThrough.details().startsAt() == null) {
			return description;
		}
		String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(language)
			.format(runThrough.details().startsAt());
		return description + "\n" + message(language, "prep.runThrough.startsAt", time);
	}

	/**
	 * Ticks the task of a run-through logged as held, by whoever logged it. A task someone ticked or closed
	 * already stays as they left it, as does a run-through that was never planned (it has no task).
	 */
	private void tick(RunThroughView held) {
		jdbc.sql("""
				update checklist_item set status = 'DONE', done_by = ?, done_at = ?, overdue_since = null,
				       version = version + 1
				where run_through_id = ? and status = 'OPEN'""")
			.params(held.loggedBy(), Timestamp.from(held.loggedAt()), held.id())
			.update();
	}

	private void cancel(UUID runThroughId) {
		jdbc.sql("""
				update checklist_item set status = 'CANCELLED', overdue_since = null, version = version + 1
				where run_through_id = ? and status = 'OPEN'""")
			.param(runThroughId)
			.update();
	}

	private String message(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String limit(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
