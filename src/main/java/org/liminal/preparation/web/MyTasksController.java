package org.liminal.preparation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.Checklists;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.Trainings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My tasks", for every member: the open checklist tasks they own across trainings, with those of the chapters
 * they lead that nobody holds yet, grouped by training. The training with the most overdue work comes first, and
 * each task can be ticked from here.
 */
@Controller
class MyTasksController {

	private final Checklists checklists;

	private final Chapters chapters;

	private final TrainingFinder finder;

	private final Trainings trainings;

	MyTasksController(Checklists checklists, Chapters chapters, TrainingFinder finder, Trainings trainings) {
		this.checklists = checklists;
		this.chapters = chapters;
		this.finder = finder;
		this.trainings = trainings;
	}

	@GetMapping("/{org}/my-tasks")
	String mine(@AuthenticationPrincipal MemberPrincipal principal, Locale locale, Model model) {
		List<UUID> led = chapters.ledBy(principal.accountId()).stream().map(ChapterView::id).toList();
		List<ChecklistItem> tasks = checklists.tasksOf(principal.accountId(), led);
		model.addAttribute("groups", TrainingTasks.group(tasks, finder, trainings, People.of(List.of()), locale));
		return "preparation/my-tasks";
	}

}
