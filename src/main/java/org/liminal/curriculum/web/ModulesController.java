package org.liminal.curriculum.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.ModuleView;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A program's modules: every member reads those of a published version, with the facilitation guide;
 * organizers add, change and remove those of the draft.
 */
@Controller
@RequestMapping("/{org}/programs/{programId}")
class ModulesController {

	private final Programs programs;

	private final DraftModules modules;

	ModulesController(Programs programs, DraftModules modules) {
		this.programs = programs;
		this.modules = modules;
	}

	@GetMapping("/versions/{number}/modules/{moduleId}")
	String published(@PathVariable UUID programId, @PathVariable int number, @PathVariable UUID moduleId,
			Model model) {
		return page(programs.published(programId, number), moduleId, model);
	}

	@GetMapping("/draft/modules/{moduleId}")
	String draft(@PathVariable UUID programId, @PathVariable UUID moduleId, Model model) {
		return page(programs.draft(programId), moduleId, model);
	}

	@GetMapping("/draft/modules/new")
	String newModule(@PathVariable UUID programId, Model model) {
		model.addAttribute("moduleForm", ModuleForm.blank());
		return form(programs.draft(programId), null, model);
	}

	@PostMapping("/draft/modules")
	String add(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@Valid @ModelAttribute("moduleForm") ModuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurriculumView draft = programs.draft(programId);
		if (!result.hasErrors()) {
			try {
				UUID moduleId = modules.add(programId, form.content());
				redirect.addFlashAttribute("flashSuccess", "module.added");
				return CurriculumPages.redirectTo(draftModule(current, programId, moduleId));
			}
			catch (CurriculumChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
		}
		form.withSpareMaterialRows();
		return form(draft, null, model);
	}

	@GetMapping("/draft/modules/{moduleId}/edit")
	String edit(@PathVariable UUID programId, @PathVariable UUID moduleId, Model model) {
		CurriculumView draft = programs.draft(programId);
		ModuleView module = draft.module(moduleId);
		model.addAttribute("moduleForm", ModuleForm.of(module));
		return form(draft, module, model);
	}

	@PostMapping("/draft/modules/{moduleId}/edit")
	String change(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID moduleId, @Valid @ModelAttribute("moduleForm") ModuleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CurriculumView draft = programs.draft(programId);
		if (!contains(draft, moduleId)) {
			// Someone removed it meanwhile: the form becomes "add", so that saving keeps what this person wrote.
			result.reject("module.error.removedMeanwhile");
			form.withSpareMaterialRows();
			return form(draft, null, model);
		}
		if (!result.hasErrors()) {
			try {
				modules.change(programId, moduleId, form.content(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "module.saved");
				return CurriculumPages.redirectTo(draftModule(current, programId, moduleId));
			}
			catch (CurriculumChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep what this person typed; saving again applies it over the other person's change.
				result.reject("module.error.conflict");
				draft = programs.draft(programId);
				form.setVersion(draft.module(moduleId).version());
			}
		}
		form.withSpareMaterialRows();
		return form(draft, draft.module(moduleId), model);
	}

	@PostMapping("/draft/modules/{moduleId}/remove")
	String remove(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID moduleId, RedirectAttributes redirect) {
		if (contains(programs.draft(programId), moduleId)) {
			modules.remove(programId, moduleId);
			redirect.addFlashAttribute("flashSuccess", "module.removed");
		}
		else {
			redirect.addFlashAttribute("flashError", "module.error.alreadyRemoved");
		}
		return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
	}

	private static String page(CurriculumView view, UUID moduleId, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("module", view.module(moduleId));
		return "curriculum/module";
	}

	/** The form page; {@code module} is the module as saved, or null when adding one. */
	private static String form(CurriculumView draft, ModuleView module, Model model) {
		model.addAttribute("view", draft);
		model.addAttribute("module", module);
		return "curriculum/module-form";
	}

	private static boolean contains(CurriculumView draft, UUID moduleId) {
		return draft.modules().stream().anyMatch(module -> module.id().equals(moduleId));
	}

	private static String draftModule(CurrentMembership current, UUID programId, UUID moduleId) {
		return CurriculumPages.draft(current, programId) + "/modules/" + moduleId;
	}

}
