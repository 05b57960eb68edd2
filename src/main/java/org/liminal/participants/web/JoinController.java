package org.liminal.participants.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Registrations;
import org.liminal.participants.Seats;
import org.liminal.trainings.PublicTraining;
import org.liminal.trainings.PublicTrainings;
import org.liminal.trainings.Trainings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The organization's join page: its upcoming open trainings, for anyone, filtered by chapter, language and dates
 * with a plain GET form. The trainings, their days and all their seats are read in a few statements, however
 * many there are.
 */
@Controller
class JoinController {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private final PublicTrainings publicTrainings;

	private final Registrations registrations;

	private final Trainings trainings;

	private final Chapters chapters;

	private final Organizations organizations;

	JoinController(PublicTrainings publicTrainings, Registrations registrations, Trainings trainings,
			Chapters chapters, Organizations organizations) {
		this.publicTrainings = publicTrainings;
		this.registrations = registrations;
		this.trainings = trainings;
		this.chapters = chapters;
		this.organizations = organizations;
	}

	@GetMapping("/{org}/join")
	String join(@PathVariable String org, @ModelAttribute("filter") JoinFilter filter, BindingResult result,
			Model model, Locale locale) {
		List<ChapterName> active = chapters.names()
			.stream()
			.filter(ChapterName::active)
			.sorted(Comparator.comparing(ChapterName::name))
			.toList();
		UUID chapterId = chapter(filter.getChapter(), active, result);
		String language = language(filter.getLanguage(), result);
		LocalDate from = date("from", filter.getFrom(), result);
		LocalDate to = date("to", filter.getTo(), result);
		if (from != null && to != null && to.isBefore(from)) {
			result.rejectValue("to", "join.filter.error.toBeforeFrom");
		}
		// Each chapter counts days in its own zone: ask from the earliest today of all, then drop what ended.
		LocalDate earliestToday = trainings.earliestToday(active);
		List<PublicTraining> upcoming = result.hasErrors() ? List.of()
				: publicTrainings.upcoming(from == null || from.isBefore(earliestToday) ? earliestToday : from,
						chapterId, null, to)
					.stream()
					.filter(training -> !training.lastDay().isBefore(trainings.today(training.zone())))
					.toList();
		List<String> languages = Stream
			.concat(upcoming.stream().map(PublicTraining::language), Optional.ofNullable(language).stream())
			.distinct()
			.sorted()
			.toList();
		List<PublicTraining> shown = language == null ? upcoming
				: upcoming.stream().filter(training -> training.language().equals(language)).toList();
		Map<UUID, Seats> seats = registrations.seatsOf(shown.stream().map(PublicTraining::id).toList());
		model.addAttribute("org", org);
		model.addAttribute("organizationName",
				organizations.findById(TenantContext.requireOrganizationId()).orElseThrow().name());
		model.addAttribute("chapters", active);
		model.addAttribute("languages", languages.stream()
			.map(code -> new LanguageChoice(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
			.toList());
		model.addAttribute("cards", shown.stream()
			.map(training -> new Card(training,
					seats.getOrDefault(training.id(), new Seats(training.capacity(), 0, 0))))
			.toList());
		model.addAttribute("filtered", chapterId != null || language != null || from != null || to != null);
		return "participants/join";
	}

	private static UUID chapter(String text, List<ChapterName> active, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Optional<UUID> id = parsed(text.strip());
		if (id.isEmpty() || active.stream().noneMatch(chapter -> chapter.id().equals(id.get()))) {
			result.rejectValue("chapter", "join.filter.error.chapter");
			return null;
		}
		return id.get();
	}

	private static Optional<UUID> parsed(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String language(String text, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String code = text.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGE.matcher(code).matches()) {
			result.rejectValue("language", "join.filter.error.language");
			return null;
		}
		return code;
	}

	private static LocalDate date(String field, String text, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "join.filter.error.date");
			return null;
		}
	}

	/** A training on the join page with its seats. */
	record Card(PublicTraining training, Seats seats) {
	}

	/** A language to filter by, named in the reader's language. */
	record LanguageChoice(String code, String name) {
	}

}
