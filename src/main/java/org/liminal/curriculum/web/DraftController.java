package org.liminal.curriculum.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.web.Refusals;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The draft of a program (organizers only): its overview, details, publishing and discarding. */
@Controller
@RequestMapping("/{org}/programs/{programId}/draft")
class DraftController {

	private final Programs programs;

	DraftController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping
	String draft(@PathVariable UUID programId, Model model) {
		model.addAttribute("overview", programs.overview(programId));
		model.addAttribute("view", programs.draft(programId));
		return "curriculum/draft";
	}

	/** Starts a new draft from the latest published version. */
	@PostMapping
	String start(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			RedirectAttributes redirect) {
		try {
			programs.startDraft(programId);
			redirect.addFlashAttribute("flashSuccess", "program.draftStarted");
		}
		catch (CurriculumChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
	}

	@GetMapping("/details")
	String details(@PathVariable UUID programId, Model model) {
		CurriculumView draft = programs.draft(programId);
		model.addAttribute("view", draft);
		model.addAttribute("programForm", ProgramForm.of(draft.details(), draft.version()));
		return "curriculum/draft-details";
	}

	@PostMapping("/details")
	String changeDetails(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@Valid @ModelAttribute("programForm") ProgramForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurriculumView draft = programs.draft(programId);
		if (!result.hasErrors()) {
			try {
				programs.changeDetails(programId, form.details(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "program.detailsSaved");
				return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
			}
			catch (CurriculumChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep what this person typed; the next save applies it over the other person's change.
				result.reject("program.error.conflict");
				form.setVersion(programs.draft(programId).version());
			}
		}
		model.addAttribute("view", draft);
		return "curriculum/draft-details";
	}

	@PostMapping("/publish")
	String publish(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			int number = programs.publish(programId, version);
			redirect.addFlashAttribute("flashSuccess", "program.published");
			return CurriculumPages.redirectTo(CurriculumPages.version(current, programId, number));
		}
		catch (CurriculumChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "program.error.conflict");
		}
		return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
	}

	@PostMapping("/discard")
	String discard(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			boolean programRemains = programs.discardDraft(programId, version);
			redirect.addFlashAttribute("flashSuccess", "program.draftDiscarded");
			return CurriculumPages.redirectTo(programRemains ? CurriculumPages.program(current, programId)
					: CurriculumPages.programs(current));
		}
		catch (CurriculumChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "program.error.conflict");
		}
		return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
	}

}
