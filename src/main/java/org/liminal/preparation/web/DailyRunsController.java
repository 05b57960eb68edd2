package org.liminal.preparation.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.preparation.DailyRun;
import org.liminal.preparation.RunRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For organizers: when each chapter's daily run last ran and what it did, and a button to run it now (after
 * fixing a checklist, say, or to see a digest without waiting for tomorrow).
 */
@Controller
@RequestMapping("/{org}/daily-runs")
class DailyRunsController {

	/** How many recent runs the page lists. */
	static final int RECENT = 30;

	private final DailyRun dailyRun;

	private final Chapters chapters;

	private final int hour;

	DailyRunsController(DailyRun dailyRun, Chapters chapters, @Value("${liminal.preparation.daily-run.hour:7}") int hour) {
		this.dailyRun = dailyRun;
		this.chapters = chapters;
		this.hour = hour;
	}

	/** A run as the page shows it, with its chapter's name and times in the chapter's zone. */
	record RunRow(RunRecord run, String chapterName, String date, String started, String finished) {
	}

	@GetMapping
	String runs(Locale locale, Model model) {
		List<ChapterView> all = chapters.all();
		Map<UUID, ChapterView> byId = new HashMap<>();
		all.forEach(chapter -> byId.put(chapter.id(), chapter));
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		DateTimeFormatter times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		model.addAttribute("runs", dailyRun.latestRuns(RECENT).stream().map(run -> {
			ChapterView chapter = byId.get(run.chapterId());
			ZoneId zone = chapter == null ? ZoneId.of("UTC") : chapter.zone();
			return new RunRow(run, chapter == null ? "" : chapter.name(), dates.format(run.runDate()),
					times.format(run.startedAt().atZone(zone)),
					run.finishedAt() == null ? null : times.format(run.finishedAt().atZone(zone)));
		}).toList());
		model.addAttribute("chapters", all.stream().filter(ChapterView::active).toList());
		model.addAttribute("hour", hour);
		return "preparation/daily-runs";
	}

	@PostMapping
	String runNow(@ModelAttribute("current") CurrentMembership current, @RequestParam UUID chapterId,
			RedirectAttributes redirect) {
		DailyRun.Report report = dailyRun.runNow(chapters.chapter(chapterId).id());
		redirect.addFlashAttribute("flashSuccess", "dailyRuns.ran");
		redirect.addFlashAttribute("flashSuccessArgs", new Object[] { chapters.chapter(chapterId).name(),
				report.overdue(), report.atRisk(), report.reminders(), report.digests() });
		return "redirect:/" + current.organization().slug() + "/daily-runs";
	}

}
