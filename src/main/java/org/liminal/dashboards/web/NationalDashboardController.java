package org.liminal.dashboards.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.Programs;
import org.liminal.dashboards.DashboardFilter;
import org.liminal.dashboards.NationalDashboard;
import org.liminal.organizations.CurrentMembership;
import org.liminal.trainings.Trainings;
import org.liminal.web.FilterInput;
import org.liminal.web.NotAllowed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The national dashboard (organizers): the upcoming trainings of every chapter with their readiness, those at risk
 * first, filtered by chapter, program and period (the next twelve weeks unless asked otherwise), and the chapters
 * that have gone quiet.
 */
@Controller
class NationalDashboardController {

	/** The period shown when none is asked for: about three months, the horizon of a prep checklist and more. */
	static final int DEFAULT_WEEKS = 12;

	private final NationalDashboard dashboard;

	private final Chapters chapters;

	private final Programs programs;

	private final Trainings trainings;

	NationalDashboardController(NationalDashboard dashboard, Chapters chapters, Programs programs,
			Trainings trainings) {
		this.dashboard = dashboard;
		this.chapters = chapters;
		this.programs = programs;
		this.trainings = trainings;
	}

	@GetMapping("/{org}/dashboard")
	String national(@ModelAttribute("current") CurrentMembership current,
			@ModelAttribute("filter") DashboardForm form, BindingResult result, Model model) {
		if (!current.isOrganizer()) {
			throw new NotAllowed();
		}
		List<ChapterName> allChapters = chapters.names();
		Map<UUID, String> allPrograms = programs.names();
		LocalDate today = earliestToday(allChapters);
		UUID chapterId = FilterInput.choice(form.getChapter(),
				allChapters.stream().map(ChapterName::id).toList(), "chapter", result);
		UUID programId = FilterInput.choice(form.getProgram(), allPrograms.keySet(), "program", result);
		LocalDate from = FilterInput.date(form.getFrom(), "from", result);
		LocalDate to = FilterInput.date(form.getTo(), "to", result);
		from = from == null ? today : from;
		to = to == null ? from.plusWeeks(DEFAULT_WEEKS) : to;
		if (to.isBefore(from)) {
			result.rejectValue("to", "dashboard.filter.error.toBeforeFrom");
			to = from.plusWeeks(DEFAULT_WEEKS);
		}
		form.setFrom(from.toString());
		form.setTo(to.toString());
		model.addAttribute("chapters", allChapters);
		model.addAttribute("programs", allPrograms.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
			.map(program -> new ProgramChoice(program.getKey(), program.getValue()))
			.toList());
		model.addAttribute("chapterId", chapterId);
		model.addAttribute("programId", programId);
		model.addAttribute("upcoming", dashboard.upcoming(new DashboardFilter(chapterId, programId, from, to)));
		model.addAttribute("quiet", dashboard.quiet(chapterId, today));
		model.addAttribute("quietWeeks", NationalDashboard.QUIET_WEEKS);
		model.addAttribute("listQuery", listQuery(chapterId, programId, from, to));
		return "dashboards/national";
	}

	/** The trainings list with the same filters: where every figure's trainings can be seen, all of them. */
	private static String listQuery(UUID chapterId, UUID programId, LocalDate from, LocalDate to) {
		return Map.of("chapter", chapterId == null ? "" : chapterId.toString(), "program",
				programId == null ? "" : programId.toString(), "status", "SCHEDULED", "from", from.toString(), "to",
				to.toString())
			.entrySet()
			.stream()
			.filter(parameter -> !parameter.getValue().isEmpty())
			.sorted(Map.Entry.comparingByKey())
			.map(parameter -> parameter.getKey() + "=" + parameter.getValue())
			.collect(Collectors.joining("&"));
	}

	/** The earliest of the chapters' todays, so that a training still on today somewhere is never left out. */
	private LocalDate earliestToday(List<ChapterName> allChapters) {
		return allChapters.stream()
			.map(chapter -> trainings.today(chapter.zone()))
			.min(Comparator.naturalOrder())
			.orElseGet(() -> trainings.today(ZoneOffset.UTC));
	}

	/** A program offered in the filter. */
	record ProgramChoice(UUID id, String name) {
	}

}
