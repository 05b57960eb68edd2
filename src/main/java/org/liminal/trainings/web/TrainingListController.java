package org.liminal.trainings.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.trainings.PageFragment;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingListAnnotations;
import org.liminal.trainings.TrainingPage;
import org.liminal.trainings.TrainingStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The organization's trainings, for every member: filtered by chapter, program, status and dates, twenty to
 * a page, starting with what is next.
 */
@Controller
class TrainingListController {

	static final int PAGE_SIZE = 20;

	private final TrainingFinder finder;

	private final Chapters chapters;

	private final Programs programs;

	private final ChapterToday today;

	private final List<TrainingListAnnotations> annotations;

	TrainingListController(TrainingFinder finder, Chapters chapters, Programs programs, ChapterToday today,
			List<TrainingListAnnotations> annotations) {
		this.finder = finder;
		this.chapters = chapters;
		this.programs = programs;
		this.today = today;
		this.annotations = annotations;
	}

	@GetMapping("/{org}/trainings")
	String list(@ModelAttribute("current") CurrentMembership current,
			@ModelAttribute("filter") TrainingListForm form, BindingResult result, Locale locale, Model model) {
		List<ChapterView> allChapters = chapters.all();
		List<ProgramSummary> allPrograms = programs.list(false);
		TrainingListQuery query = TrainingListQuery.read(form, ids(allChapters),
				allPrograms.stream().map(ProgramSummary::programId).toList(), today.earliest(allChapters), result);
		TrainingPage page = finder.find(query.filter(), query.order(), query.page(), PAGE_SIZE);
		if (page.page() > page.pages()) {
			// An address kept from a longer list: show its last page rather than nothing.
			query = query.onPage(page.pages());
			page = finder.find(query.filter(), query.order(), query.page(), PAGE_SIZE);
		}
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("trainings", page.trainings().stream().map(t -> TrainingRow.of(t, locale)).toList());
		model.addAttribute("badges", badges(page));
		model.addAttribute("chapters", allChapters);
		model.addAttribute("programs", allPrograms);
		model.addAttribute("statuses", List.of(TrainingStatus.values()));
		model.addAttribute("canSchedule", canSchedule(current));
		return "trainings/list";
	}

	/** Organizers and chapter leads schedule trainings (the training form itself checks which chapters). */
	static boolean canSchedule(CurrentMembership current) {
		return current.isOrganizer() || current.isChapterLead();
	}

	/** What other modules add to each training of the page, in their order. */
	private Map<UUID, List<PageFragment>> badges(TrainingPage page) {
		Map<UUID, List<PageFragment>> badges = new HashMap<>();
		if (page.trainings().isEmpty()) {
			return badges;
		}
		for (TrainingListAnnotations annotation : annotations) {
			annotation.annotate(page.trainings())
				.forEach((id, badge) -> badges.computeIfAbsent(id, key -> new ArrayList<>()).add(badge));
		}
		badges.values().forEach(list -> list.sort(Comparator.comparingInt(PageFragment::order)));
		return badges;
	}

	static List<UUID> ids(List<ChapterView> chapters) {
		return chapters.stream().map(ChapterView::id).toList();
	}

}
