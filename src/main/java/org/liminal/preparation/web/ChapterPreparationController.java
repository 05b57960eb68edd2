package org.liminal.preparation.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.Checklists;
import org.liminal.preparation.Readiness;
import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.Trainings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A chapter's preparation at a glance, for organizers and the chapter's leads: its upcoming scheduled trainings
 * with their readiness, and every open task of their checklists, overdue first.
 */
@Controller
class ChapterPreparationController {

	/** Upcoming trainings shown; a chapter rarely has more than a handful scheduled. */
	static final int TRAININGS_SHOWN = 50;

	private final ChecklistAccess access;

	private final Checklists checklists;

	private final TrainingReadiness readiness;

	private final TrainingFinder finder;

	private final Trainings trainings;

	private final Chapters chapters;

	ChapterPreparationController(ChecklistAccess access, Checklists checklists, TrainingReadiness readiness,
			TrainingFinder finder, Trainings trainings, Chapters chapters) {
		this.access = access;
		this.checklists = checklists;
		this.readiness = readiness;
		this.finder = finder;
		this.trainings = trainings;
		this.chapters = chapters;
	}

	@GetMapping("/{org}/chapters/{chapterId}/preparation")
	String preparation(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, Locale locale, Model model) {
		ChapterView chapter = access.requirePreparationOf(current, principal, chapterId);
		LocalDate today = trainings.today(chapter.zone());
		List<TrainingSummary> upcoming = finder
			.find(new TrainingFilter(chapterId, null, TrainingStatus.SCHEDULED, today, null), 1, TRAININGS_SHOWN)
			.trainings();
		Map<UUID, Readiness> readinessById = readiness.of(upcoming);
		List<ChecklistItem> open = checklists.openTasksOf(chapterId);
		// Tasks of upcoming trainings name them from the list above; only others (running now, held) are read.
		Map<UUID, TrainingSummary> summaries = new HashMap<>();
		upcoming.forEach(training -> summaries.put(training.id(), training));
		List<UUID> others = open.stream()
			.map(ChecklistItem::trainingId)
			.distinct()
			.filter(id -> !summaries.containsKey(id))
			.toList();
		summaries.putAll(finder.summaries(others));
		People people = People.of(chapters.people());
		model.addAttribute("chapter", chapter);
		model.addAttribute("trainings", upcoming.stream()
			.map(training -> new UpcomingTraining(training, Formats.dates(training, locale), readinessById.get(training.id())))
			.toList());
		model.addAttribute("tasks", open.stream()
			.filter(task -> summaries.containsKey(task.trainingId()))
			.map(task -> new ChapterTask(summaries.get(task.trainingId()),
					Formats.dates(summaries.get(task.trainingId()), locale), TaskRow.of(task, List.of(), today, chapter.zone(), people, locale)))
			.toList());
		return "preparation/chapter";
	}

	/**
	 * An upcoming training of the chapter.
	 *
	 * @param readiness {@code null} when it has none (it ended today in another sense, or has no checklist yet)
	 */
	record UpcomingTraining(TrainingSummary training, String dates, Readiness readiness) {
	}

	/** An open task with the training it is for and that training's dates. */
	record ChapterTask(TrainingSummary training, String dates, TaskRow task) {
	}

}
