package org.liminal.dashboards.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.Programs;
import org.liminal.dashboards.DashboardFilter;
import org.liminal.dashboards.NationalDashboard;
import org.liminal.dashboards.Upcoming;
import org.liminal.organizations.CurrentMembership;
import org.liminal.participants.FunnelStage;
import org.liminal.participants.HeldTrainings;
import org.liminal.participants.TrainedCount;
import org.liminal.trainings.Trainings;
import org.liminal.web.FilterInput;
import org.liminal.web.ListFilterForm;
import org.liminal.web.NotAllowed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The national dashboard (organizers): the upcoming trainings of every chapter with their readiness, those at risk
 * first; the trainings held and people trained month by month and chapter by chapter, and where those people went
 * (the funnel); the chapters that have gone quiet. One filter serves all: chapter, program and period (the past
 * year and the next twelve weeks unless asked otherwise).
 */
@Controller
class NationalDashboardController {

	/** The period shown when none is asked for: the past year, and twelve weeks ahead (a prep checklist and more). */
	static final int DEFAULT_MONTHS_BACK = 12;

	static final int DEFAULT_WEEKS_AHEAD = 12;

	/** A month under its bar in the chart: short, in the page's language. */
	private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yy");

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
			@ModelAttribute("filter") ListFilterForm form, BindingResult result, Model model, Locale locale) {
		if (!current.isOrganizer()) {
			throw new NotAllowed();
		}
		List<ChapterName> allChapters = chapters.names();
		Map<UUID, String> allPrograms = programs.names();
		LocalDate today = trainings.earliestToday(allChapters);
		UUID chapterId = FilterInput.choice(form.getChapter(),
				allChapters.stream().map(ChapterName::id).toList(), "chapter", result);
		UUID programId = FilterInput.choice(form.getProgram(), allPrograms.keySet(), "program", result);
		LocalDate from = FilterInput.date(form.getFrom(), "from", result);
		LocalDate to = FilterInput.date(form.getTo(), "to", result);
		from = from == null ? today.minusMonths(DEFAULT_MONTHS_BACK) : from;
		to = to == null ? today.plusWeeks(DEFAULT_WEEKS_AHEAD) : to;
		if (to.isBefore(from)) {
			result.rejectValue("to", "dashboard.filter.error.toBeforeFrom");
			from = today.minusMonths(DEFAULT_MONTHS_BACK);
			to = today.plusWeeks(DEFAULT_WEEKS_AHEAD);
		}
		// What is ahead from today, what was held until today: one period for both.
		LocalDate upcomingFrom = from.isAfter(today) ? from : today;
		LocalDate heldTo = to.isBefore(today) ? to : today;
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
		model.addAttribute("upcoming", upcomingFrom.isAfter(to) ? Upcoming.NONE
				: dashboard.upcoming(new DashboardFilter(chapterId, programId, upcomingFrom, to)));
		HeldTrainings trends = heldTo.isBefore(from) ? HeldTrainings.NONE
				: dashboard.held(new DashboardFilter(chapterId, programId, from, heldTo));
		model.addAttribute("trends", trends);
		model.addAttribute("monthChart", BarChart.of(
				trends.byMonth().stream().map(month -> month.month().format(MONTH_LABEL.withLocale(locale))).toList(),
				trends.byMonth().stream().map(TrainedCount::peopleTrained).toList()));
		model.addAttribute("chapterNames", allChapters.stream()
			.collect(Collectors.toMap(ChapterName::id, ChapterName::name)));
		model.addAttribute("quiet", dashboard.quiet(chapterId, today));
		// The coaches' work until today: nothing is submitted ahead. Each coach's figures lead to their feedback then.
		LocalDate coachedTo = heldTo.isBefore(from) ? from : heldTo;
		model.addAttribute("pipeline", dashboard.pipeline(from, coachedTo, today));
		model.addAttribute("coachQuery", ListLinks.coachFeedback(from, coachedTo));
		model.addAttribute("quietWeeks", NationalDashboard.QUIET_WEEKS);
		model.addAttribute("listQuery", ListLinks.trainings(chapterId, programId, "SCHEDULED", upcomingFrom, to));
		model.addAttribute("heldQuery", ListLinks.trainings(chapterId, programId, "COMPLETED", from, heldTo));
		addPeopleLinks(model, trends, chapterId, programId, from, heldTo);
		return "dashboards/national";
	}

	/**
	 * The lists behind the figures of what was held: the people directory for the funnel and the people trained,
	 * the trainings list for the trainings held, each month and chapter narrowed to itself. Nothing when no day of
	 * the period is past, so nothing was held.
	 */
	private static void addPeopleLinks(Model model, HeldTrainings trends, UUID chapterId, UUID programId,
			LocalDate from, LocalDate heldTo) {
		if (heldTo.isBefore(from)) {
			return;
		}
		// By the stage's name: templates may not reach enumeration constants in links.
		Map<String, String> funnel = new HashMap<>();
		for (FunnelStage stage : FunnelStage.values()) {
			funnel.put(stage.name(), ListLinks.people(chapterId, programId, from, heldTo, stage));
		}
		model.addAttribute("funnelQueries", funnel);
		Map<LocalDate, TrendLinks> months = new HashMap<>();
		for (TrainedCount month : trends.byMonth()) {
			// The month as far as the period goes: its figures count only the trainings that began in both.
			LocalDate first = month.month().isBefore(from) ? from : month.month();
			LocalDate last = month.month().plusMonths(1).minusDays(1);
			last = last.isAfter(heldTo) ? heldTo : last;
			months.put(month.month(), new TrendLinks(ListLinks.trainings(chapterId, programId, "COMPLETED", first, last),
					ListLinks.people(chapterId, programId, first, last, FunnelStage.ATTENDED)));
		}
		model.addAttribute("monthLinks", months);
		Map<UUID, TrendLinks> chapters = new HashMap<>();
		for (TrainedCount chapter : trends.byChapter()) {
			chapters.put(chapter.chapterId(),
					new TrendLinks(ListLinks.trainings(chapter.chapterId(), programId, "COMPLETED", from, heldTo),
							ListLinks.people(chapter.chapterId(), programId, from, heldTo, FunnelStage.ATTENDED)));
		}
		model.addAttribute("chapterLinks", chapters);
	}

	/** A program offered in the filter. */
	record ProgramChoice(UUID id, String name) {
	}

	/** Where a month's or a chapter's figures lead: its trainings held, and its people trained. */
	record TrendLinks(String trainings, String people) {
	}

}
