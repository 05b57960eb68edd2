package org.liminal.pathway.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.pathway.BadgeColour;
import org.liminal.pathway.KindScope;
import org.liminal.pathway.PathwayChangeRefused;
import org.liminal.pathway.QualificationKindView;
import org.liminal.pathway.QualificationKinds;
import org.liminal.web.Refusals;
import org.springframework.dao.DataIntegrityViolationException;
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

/**
 * The kinds of qualification organizers define: list, add, edit, retire and bring back, and the usual five in one
 * go (the security configuration lets only organizers here).
 */
@Controller
@RequestMapping("/{org}/pathway/kinds")
class KindsController {

	private final QualificationKinds kinds;

	private final Programs programs;

	KindsController(QualificationKinds kinds, Programs programs) {
		this.kinds = kinds;
		this.programs = programs;
	}

	@GetMapping
	String list(Locale locale, Model model) {
		List<QualificationKindView> all = kinds.all();
		model.addAttribute("active", all.stream().filter(kind -> !kind.retired()).toList());
		model.addAttribute("retired", all.stream().filter(QualificationKindView::retired).toList());
		model.addAttribute("missingUsual", kinds.missingUsual(locale));
		model.addAttribute("programNames", programs.list(true)
			.stream()
			.collect(Collectors.toMap(ProgramSummary::programId, ProgramSummary::name)));
		return "pathway/kinds";
	}

	/** Adds the usual kinds that are missing, named in the organizer's language. */
	@PostMapping("/usual")
	String addUsual(@ModelAttribute("current") CurrentMembership current, Locale locale, RedirectAttributes redirect) {
		try {
			kinds.addUsual(locale);
			redirect.addFlashAttribute("flashSuccess", "pathway.kinds.usualAdded");
		}
		catch (DataIntegrityViolationException addedMeanwhile) {
			redirect.addFlashAttribute("flashError", "pathway.error.kindConflict");
		}
		return PathwayPages.redirectTo(PathwayPages.kinds(current));
	}

	@GetMapping("/new")
	String newKind(@ModelAttribute("kindForm") KindForm form, Model model) {
		return form(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("current") CurrentMembership current, @Valid @ModelAttribute("kindForm") KindForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				kinds.create(form.details());
				redirect.addFlashAttribute("flashSuccess", "pathway.kind.created");
				return PathwayPages.redirectTo(PathwayPages.kinds(current));
			}
			catch (PathwayChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameNameSavedMeanwhile) {
				rejectTakenName(result, form);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{kindId}/edit")
	String edit(@PathVariable UUID kindId, Model model) {
		QualificationKindView kind = kinds.kind(kindId);
		model.addAttribute("kindForm", KindForm.of(kind));
		return form(model, kind);
	}

	@PostMapping("/{kindId}")
	String save(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID kindId,
			@Valid @ModelAttribute("kindForm") KindForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		QualificationKindView kind = kinds.kind(kindId);
		if (!result.hasErrors()) {
			try {
				kinds.change(kindId, form.details(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "pathway.kind.saved");
				return PathwayPages.redirectTo(PathwayPages.kinds(current));
			}
			catch (PathwayChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameNameSavedMeanwhile) {
				rejectTakenName(result, form);
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep what this organizer wrote and show what is saved now; saving again applies theirs.
				result.reject("pathway.error.conflict");
				kind = kinds.kind(kindId);
				form.setVersion(kind.version());
				model.addAttribute("saved", kind);
			}
		}
		return form(model, kind);
	}

	@PostMapping("/{kindId}/retire")
	String retire(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID kindId,
			@RequestParam long version, RedirectAttributes redirect) {
		return retiredOrRestored(current, kindId, true, version, redirect);
	}

	@PostMapping("/{kindId}/restore")
	String restore(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID kindId,
			@RequestParam long version, RedirectAttributes redirect) {
		return retiredOrRestored(current, kindId, false, version, redirect);
	}

	private String retiredOrRestored(CurrentMembership current, UUID kindId, boolean retire, long version,
			RedirectAttributes redirect) {
		try {
			if (retire) {
				kinds.retire(kindId, version);
			}
			else {
				kinds.restore(kindId, version);
			}
			redirect.addFlashAttribute("flashSuccess", retire ? "pathway.kind.retired" : "pathway.kind.restored");
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "pathway.error.kindConflict");
		}
		return PathwayPages.redirectTo(PathwayPages.kinds(current));
	}

	/** The one form for new and existing kinds; {@code kind} is null for a new one. */
	private String form(Model model, QualificationKindView kind) {
		model.addAttribute("kind", kind);
		model.addAttribute("colours", BadgeColour.values());
		model.addAttribute("scopes", KindScope.values());
		model.addAttribute("programs", programs.list(false));
		return "pathway/kind-form";
	}

	private static void rejectTakenName(BindingResult result, KindForm form) {
		result.rejectValue("name", "pathway.error.nameTaken", new Object[] { form.getName() }, null);
	}

}
