package org.liminal.curriculum.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.curriculum.CurriculumItemNotFound;
import org.liminal.curriculum.ProgramOverview;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's programs: every member reads published versions; organizers create programs and see
 * drafts.
 */
@Controller
@RequestMapping("/{org}/programs")
class ProgramsController {

	private final Programs programs;

	ProgramsController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping
	String list(@ModelAttribute("current") CurrentMembership current, Model model) {
		model.addAttribute("programs", programs.list(current.isOrganizer()));
		return "curriculum/programs";
	}

	@GetMapping("/new")
	String newProgram(@ModelAttribute("programForm") ProgramForm form) {
		return "curriculum/program-new";
	}

	@PostMapping
	String create(@ModelAttribute("current") CurrentMembership current,
			@Valid @ModelAttribute("programForm") ProgramForm form, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "curriculum/program-new";
		}
		UUID programId = programs.create(form.details(), locale);
		redirect.addFlashAttribute("flashSuccess", "program.created");
		return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
	}

	/** The latest published version; organizers are taken to the draft of a program never published. */
	@GetMapping("/{programId}")
	String program(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId) {
		ProgramOverview overview = programs.overview(programId);
		if (!overview.isPublished()) {
			if (!current.isOrganizer()) {
				throw new CurriculumItemNotFound();
			}
			return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
		}
		return CurriculumPages.redirectTo(
				CurriculumPages.version(current, programId, overview.latestNumber()));
	}

	@GetMapping("/{programId}/versions/{number}")
	String version(@PathVariable UUID programId, @PathVariable int number, Model model) {
		model.addAttribute("overview", programs.overview(programId));
		model.addAttribute("view", programs.published(programId, number));
		return "curriculum/version";
	}

}
