package org.liminal.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and logging run-throughs of a training's modules. Who may do what is the pages' concern; this keeps
 * what makes a run-through sound: a training still to be delivered, modules of its curriculum version, members
 * of the organization presenting and watching, dates that make sense on the chapter's calendar.
 */
@Service
public class RunThroughs {

	/** How far back a run-through may be logged. */
	static final int LOG_WITHIN_DAYS = 365;

	private final RunThroughRepository runThroughs;

	private final Trainings trainings;

	private final Programs programs;

	private final Chapters chapters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RunThroughs(RunThroughRepository runThroughs, Trainings trainings, Programs programs, Chapters chapters,
			ApplicationEventPublisher events, Clock clock) {
		this.runThroughs = runThroughs;
		this.trainings = trainings;
		this.programs = programs;
		this.chapters = chapters;
		this.events = events;
		this.clock = clock;
	}

	/** Puts a run-through on the calendar, on or after the chapter's today and no later than the training's end. */
	@Transactional
	public UUID plan(UUID trainingId, RunThroughDetails details, UUID plannedBy) {
		TrainingView training = openTraining(trainingId);
		refuseUnsoundPlan(training, details);
		RunThrough runThrough = runThroughs.save(RunThrough.planned(trainingId, details, plannedBy, clock.instant()));
		announcePlan(runThrough);
		return runThrough.id();
	}

	/** Logs a run-through that took place without having been planned here. */
	@Transactional
	public UUID log(UUID trainingId, RunThroughDetails details, UUID loggedBy) {
		TrainingView training = openTraining(trainingId);
		refuseUnsoundLog(training, details);
		RunThrough runThrough = runThroughs.save(RunThrough.held(trainingId, details, loggedBy, clock.instant()));
		announceHeld(runThrough);
		return runThrough.id();
	}

	/** Logs a planned run-through as held, with what actually happened. */
	@Transactional
	public void logPlanned(UUID runThroughId, RunThroughDetails details, long expectedVersion, UUID loggedBy) {
		RunThrough runThrough = current(runThroughId, expectedVersion);
		refuseUnsoundLog(openTraining(runThrough.trainingId()), details);
		runThrough.log(details, loggedBy, clock.instant());
		announceHeld(runThrough);
	}

	/** Corrects a plan (calendars and checklist follow) or what was logged. */
	@Transactional
	public void change(UUID runThroughId, RunThroughDetails details, long expectedVersion) {
		RunThrough runThrough = current(runThroughId, expectedVersion);
		if (runThrough.status() == RunThroughStatus.CANCELLED) {
			throw new CoachingChangeRefused(null, "runThrough.error.cancelled");
		}
		if (runThrough.status() == RunThroughStatus.PLANNED) {
			refuseUnsoundPlan(openTraining(runThrough.trainingId()), details);
			runThrough.change(details);
			announcePlan(runThrough);
		}
		else {
			TrainingView training = trainings.training(runThrough.trainingId());
			refuseUnsoundParts(training, details, true);
			refuseLogDate(training, details.date());
			runThrough.change(details);
		}
	}

	/** Calls off a planned run-through. */
	@Transactional
	public void cancel(UUID runThroughId, long expectedVersion) {
		RunThrough runThrough = current(runThroughId, expectedVersion);
		runThrough.cancel();
		events.publishEvent(new RunThroughCancelled(TenantContext.requireOrganizationId(), runThrough.id(),
				runThrough.trainingId()));
	}

	@Transactional(readOnly = true)
	public RunThroughView runThrough(UUID runThroughId) {
		return runThroughs.findById(runThroughId).map(RunThrough::view).orElseThrow(RunThroughNotFound::new);
	}

	/** A training's run-throughs, cancelled ones included, by date. */
	@Transactional(readOnly = true)
	public List<RunThroughView> ofTraining(UUID trainingId) {
		return ofTrainings(List.of(trainingId)).getOrDefault(trainingId, List.of());
	}

	/** The run-throughs of many trainings at once, by training, each list by date; parts load in batches. */
	@Transactional(readOnly = true)
	public Map<UUID, List<RunThroughView>> ofTrainings(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		return runThroughs.findByTrainingIdInOrderByDateAscCreatedAtAsc(trainingIds)
			.stream()
			.map(RunThrough::view)
			.collect(Collectors.groupingBy(RunThroughView::trainingId, Collectors.toList()));
	}

	private RunThrough current(UUID runThroughId, long expectedVersion) {
		RunThrough runThrough = runThroughs.findById(runThroughId).orElseThrow(RunThroughNotFound::new);
		if (runThrough.version() != expectedVersion) {
			throw new CoachingChangeRefused(null, "runThrough.error.conflict");
		}
		return runThrough;
	}

	/** Rehearsals are for a training still to be delivered: a draft or a scheduled one. */
	private TrainingView openTraining(UUID trainingId) {
		TrainingView training = trainings.training(trainingId);
		if (training.status() != TrainingStatus.DRAFT && training.status() != TrainingStatus.SCHEDULED) {
			throw new CoachingChangeRefused(null, "runThrough.error.trainingClosed");
		}
		return training;
	}

	private void refuseUnsoundPlan(TrainingView training, RunThroughDetails details) {
		refuseUnsoundParts(training, details, false);
		LocalDate today = trainings.today(training.chapter().zone());
		if (details.date().isBefore(today)) {
			throw new CoachingChangeRefused("date", "runThrough.error.planPast");
		}
		if (details.date().isAfter(training.lastDay())) {
			throw new CoachingChangeRefused("date", "runThrough.error.afterTraining");
		}
	}

	private void refuseUnsoundLog(TrainingView training, RunThroughDetails details) {
		refuseUnsoundParts(training, details, true);
		refuseLogDate(training, details.date());
	}

	private void refuseLogDate(TrainingView training, LocalDate date) {
		LocalDate today = trainings.today(training.chapter().zone());
		if (date.isAfter(today)) {
			throw new CoachingChangeRefused("date", "runThrough.error.logFuture");
		}
		if (date.isBefore(today.minusDays(LOG_WITHIN_DAYS))) {
			throw new CoachingChangeRefused("date", "runThrough.error.logTooOld", LOG_WITHIN_DAYS);
		}
	}

	private void refuseUnsoundParts(TrainingView training, RunThroughDetails details, boolean held) {
		if (details.parts().isEmpty()) {
			throw new CoachingChangeRefused("parts", "runThrough.error.noParts");
		}
		CurriculumView version = programs.version(training.versionId()).orElseThrow(TrainingNotFound::new);
		Map<UUID, ModuleView> modules = version.modules()
			.stream()
			.collect(Collectors.toMap(ModuleView::key, Function.identity()));
		Set<UUID> members = chapters.people().stream().map(Person::accountId).collect(Collectors.toSet());
		Set<String> seen = new HashSet<>();
		for (Presentation part : details.parts()) {
			if (!modules.containsKey(part.moduleKey())) {
				throw new CoachingChangeRefused("parts", "runThrough.error.unknownModule");
			}
			if (!members.contains(part.presenterId())) {
				throw new CoachingChangeRefused("parts", "runThrough.error.unknownPresenter");
			}
			if (!seen.add(part.moduleKey() + "/" + part.presenterId())) {
				throw new CoachingChangeRefused("parts", "runThrough.error.repeatedPart",
						modules.get(part.moduleKey()).title());
			}
			refuseMinutes(part.plannedMinutes());
			if (held && part.actualMinutes() == null) {
				throw new CoachingChangeRefused("parts", "runThrough.error.actualMissing",
						modules.get(part.moduleKey()).title());
			}
			if (part.actualMinutes() != null) {
				refuseMinutes(part.actualMinutes());
			}
		}
		if (!members.containsAll(details.watchers())) {
			throw new CoachingChangeRefused("watchers", "runThrough.error.unknownWatcher");
		}
		if (details.place().length() > RunThroughDetails.MAX_PLACE) {
			throw new CoachingChangeRefused("place", "runThrough.error.tooLong", RunThroughDetails.MAX_PLACE);
		}
		if (details.notes().length() > RunThroughDetails.MAX_NOTES) {
			throw new CoachingChangeRefused("notes", "runThrough.error.tooLong", RunThroughDetails.MAX_NOTES);
		}
		if (details.selfAssessment().length() > RunThroughDetails.MAX_SELF_ASSESSMENT) {
			throw new CoachingChangeRefused("selfAssessment", "runThrough.error.tooLong",
					RunThroughDetails.MAX_SELF_ASSESSMENT);
		}
	}

	private static void refuseMinutes(int minutes) {
		if (minutes < 1 || minutes > RunThroughDetails.MAX_MINUTES) {
			throw new CoachingChangeRefused("parts", "runThrough.error.minutes", RunThroughDetails.MAX_MINUTES);
		}
	}

	private void announcePlan(RunThrough runThrough) {
		RunThroughView view = runThrough.view();
		events.publishEvent(new RunThroughPlanned(TenantContext.requireOrganizationId(), view.id(), view.trainingId(),
				view.details().date(), view.details().startsAt(), presenters(view), moduleKeys(view)));
	}

	private void announceHeld(RunThrough runThrough) {
		RunThroughView view = runThrough.view();
		events.publishEvent(new RunThroughHeld(TenantContext.requireOrganizationId(), view.id(), view.trainingId(),
				view.details().date(), presenters(view), moduleKeys(view)));
	}

	private static List<UUID> presenters(RunThroughView view) {
		return view.parts().stream().map(Presentation::presenterId).distinct().toList();
	}

	private static List<UUID> moduleKeys(RunThroughView view) {
		return view.parts().stream().map(Presentation::moduleKey).distinct().toList();
	}

}
