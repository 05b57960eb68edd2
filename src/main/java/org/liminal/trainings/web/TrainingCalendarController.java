package org.liminal.trainings.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.liminal.web.FilterInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** A month of the organization's trainings as a calendar, for every member, optionally for one chapter. */
@Controller
class TrainingCalendarController {

	static final String NOT_A_MONTH = "trainings.calendar.error.month";

	private final TrainingFinder finder;

	private final Chapters chapters;

	private final ChapterToday today;

	TrainingCalendarController(TrainingFinder finder, Chapters chapters, ChapterToday today) {
		this.finder = finder;
		this.chapters = chapters;
		this.today = today;
	}

	@GetMapping("/{org}/trainings/calendar")
	String calendar(@ModelAttribute("current") CurrentMembership current,
			@ModelAttribute("filter") TrainingCalendarForm form, BindingResult result, Locale locale, Model model) {
		List<ChapterView> allChapters = chapters.all();
		LocalDate todayDate = today.earliest(allChapters);
		UUID chapterId = FilterInput.choice(form.getChapter(), TrainingListController.ids(allChapters), "chapter",
				result);
		YearMonth month = month(form.getMonth(), result);
		if (month == null) {
			month = YearMonth.from(todayDate);
			if (form.getMonth() == null || form.getMonth().isBlank()) {
				form.setMonth(month.toString());
			}
		}
		List<TrainingSummary> trainings = finder.between(month.atDay(1), month.atEndOfMonth(), chapterId);
		var days = finder.daysOf(trainings.stream().map(TrainingSummary::id).toList());
		model.addAttribute("calendar", MonthCalendar.of(month, todayDate, trainings, days, locale));
		model.addAttribute("previousQuery", query(month.minusMonths(1), chapterId));
		model.addAttribute("previousTitle", MonthCalendar.capitalized(month.minusMonths(1), locale));
		model.addAttribute("nextQuery", query(month.plusMonths(1), chapterId));
		model.addAttribute("nextTitle", MonthCalendar.capitalized(month.plusMonths(1), locale));
		model.addAttribute("thisMonthQuery", query(YearMonth.from(todayDate), chapterId));
		model.addAttribute("isThisMonth", month.equals(YearMonth.from(todayDate)));
		model.addAttribute("chapters", allChapters);
		model.addAttribute("chapterId", chapterId);
		model.addAttribute("canSchedule", TrainingListController.canSchedule(current));
		return "trainings/calendar";
	}

	/** A month as month inputs send it (2026-12), or {@code null} for the current one. */
	private static YearMonth month(String raw, Errors errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			YearMonth month = YearMonth.parse(raw.strip());
			if (month.getYear() >= 1 && month.getYear() <= 9999) {
				return month;
			}
		}
		catch (DateTimeParseException notAMonth) {
			// Same answer as a month out of range.
		}
		errors.rejectValue("month", NOT_A_MONTH);
		return null;
	}

	private static String query(YearMonth month, UUID chapterId) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("month", month.toString());
		if (chapterId != null) {
			query.queryParam("chapter", chapterId.toString());
		}
		return query.encode().build().toUriString();
	}

}
