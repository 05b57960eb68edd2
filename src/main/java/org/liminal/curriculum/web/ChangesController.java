package org.liminal.curriculum.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.liminal.curriculum.CurriculumItemNotFound;
import org.liminal.curriculum.ProgramChanges;
import org.liminal.curriculum.ProgramOverview;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What changed between two versions of a program: every member compares published versions, organizers also
 * compare a version with the draft. The versions are chosen with a plain GET form.
 */
@Controller
@RequestMapping("/{org}/programs/{programId}/changes")
class ChangesController {

	static final String DRAFT = "draft";

	private static final String VIEW = "curriculum/changes";

	private final Programs programs;

	private final ProgramChanges changes;

	ChangesController(Programs programs, ProgramChanges changes) {
		this.programs = programs;
		this.changes = changes;
	}

	/**
	 * @param from a published version's number
	 * @param to a published version's number, or {@code draft}
	 */
	@GetMapping
	String changes(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model, HttpServletResponse response) {
		// The program first: another organization's program is not found whatever the parameters say.
		ProgramOverview overview = programs.overview(programId);
		if (!overview.isPublished() && !current.isOrganizer()) {
			throw new CurriculumItemNotFound();
		}
		boolean draftOffered = current.isOrganizer() && overview.hasDraft();
		model.addAttribute("overview", overview);
		model.addAttribute("draftOffered", draftOffered);
		model.addAttribute("languageNames", languageNames(locale));
		if (isBlank(from) || isBlank(to)) {
			model.addAttribute("from", isBlank(from) ? defaultFrom(overview) : from.strip());
			model.addAttribute("to", isBlank(to) ? defaultTo(overview, draftOffered) : to.strip());
			return VIEW;
		}
		model.addAttribute("from", from.strip());
		model.addAttribute("to", to.strip());
		Integer fromNumber = number(from);
		boolean toDraft = DRAFT.equalsIgnoreCase(to.strip());
		Integer toNumber = toDraft ? null : number(to);
		if (fromNumber == null || (!toDraft && toNumber == null)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", "changes.error.notAVersion");
			return VIEW;
		}
		if (toDraft && !draftOffered) {
			throw new CurriculumItemNotFound();
		}
		model.addAttribute("comparison", changes.compare(programId, fromNumber, toNumber));
		return VIEW;
	}

	/** The version before the latest, so that the form starts with what the latest version changed. */
	private static String defaultFrom(ProgramOverview overview) {
		if (overview.versions().isEmpty()) {
			return "";
		}
		return String.valueOf(overview.versions().get(Math.min(1, overview.versions().size() - 1)).number());
	}

	private static String defaultTo(ProgramOverview overview, boolean draftOffered) {
		if (draftOffered || overview.versions().isEmpty()) {
			return DRAFT;
		}
		return String.valueOf(overview.versions().get(0).number());
	}

	private static Integer number(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static LanguageNames languageNames(Locale locale) {
		return new LanguageNames(Languages.options(locale)
			.stream()
			.collect(Collectors.toMap(Languages.Option::code, Languages.Option::name)));
	}

	/** Language codes as the reader calls the languages, as in Languages: English → English and Spanish. */
	record LanguageNames(Map<String, String> names) {

		public String join(List<String> codes) {
			return codes.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(", "));
		}

	}

}
