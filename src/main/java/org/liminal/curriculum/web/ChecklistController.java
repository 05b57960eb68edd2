package org.liminal.curriculum.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.curriculum.ChecklistItemView;
import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.curriculum.CurriculumItemNotFound;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DayOfRoles;
import org.liminal.curriculum.DraftChecklist;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The prep-checklist template of a program's draft (organizers only): its tasks in date order, adding,
 * editing and removing them. Every page loads the draft first, so that another organization's program is
 * "not found" before any input is looked at.
 */
@Controller
@RequestMapping("/{org}/programs/{programId}/draft/checklist")
class ChecklistController {

	private final Programs programs;

	private final DraftChecklist checklist;

	private final DayOfRoles dayOfRoles;

	ChecklistController(Programs programs, DraftChecklist checklist, DayOfRoles dayOfRoles) {
		this.programs = programs;
		this.checklist = checklist;
		this.dayOfRoles = dayOfRoles;
	}

	@GetMapping
	String checklist(@PathVariable UUID programId, Model model) {
		CurriculumView draft = programs.draft(programId);
		model.addAttribute("checklistItemForm", new ChecklistItemForm());
		return listPage(draft, model);
	}

	@PostMapping
	String add(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@Valid @ModelAttribute("checklistItemForm") ChecklistItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurriculumView draft = programs.draft(programId);
		checkChoices(form, choices(null), result);
		if (!result.hasErrors()) {
			try {
				checklist.add(programId, form.task());
				redirect.addFlashAttribute("flashSuccess", "checklist.itemAdded");
				return CurriculumPages.redirectTo(path(current, programId));
			}
			catch (CurriculumChangeRefused refusal) {
				reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameTaskAddedMeanwhile) {
				rejectDuplicate(result, form);
			}
		}
		return listPage(draft, model);
	}

	@GetMapping("/{checklistItemId}")
	String edit(@PathVariable UUID programId, @PathVariable UUID checklistItemId, Model model) {
		CurriculumView draft = programs.draft(programId);
		ChecklistItemView item = item(draft, checklistItemId).orElseThrow(CurriculumItemNotFound::new);
		model.addAttribute("checklistItemForm", ChecklistItemForm.of(item));
		return editPage(draft, item, model);
	}

	@PostMapping("/{checklistItemId}")
	String save(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID checklistItemId, @Valid @ModelAttribute("checklistItemForm") ChecklistItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CurriculumView draft = programs.draft(programId);
		Optional<ChecklistItemView> item = item(draft, checklistItemId);
		if (item.isEmpty()) {
			redirect.addFlashAttribute("flashError", "checklist.error.removed");
			return CurriculumPages.redirectTo(path(current, programId));
		}
		checkChoices(form, choices(item.get().task().dayOfRoleId()), result);
		if (!result.hasErrors()) {
			try {
				checklist.change(programId, checklistItemId, form.task(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "checklist.itemSaved");
				return CurriculumPages.redirectTo(path(current, programId));
			}
			catch (CurriculumChangeRefused refusal) {
				reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameTaskAddedMeanwhile) {
				rejectDuplicate(result, form);
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep what this person typed and show what is saved now; saving again applies their version.
				result.reject("checklist.error.conflict");
				draft = programs.draft(programId);
				item = item(draft, checklistItemId);
				if (item.isEmpty()) {
					redirect.addFlashAttribute("flashError", "checklist.error.removed");
					return CurriculumPages.redirectTo(path(current, programId));
				}
				form.setVersion(item.get().version());
				model.addAttribute("saved", item.get());
			}
		}
		return editPage(draft, item.get(), model);
	}

	@PostMapping("/{checklistItemId}/remove")
	String remove(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID checklistItemId, RedirectAttributes redirect) {
		CurriculumView draft = programs.draft(programId);
		// A second click on "Remove" finds the task gone: that is what the person wanted, not an error.
		if (item(draft, checklistItemId).isPresent()) {
			checklist.remove(programId, checklistItemId);
		}
		redirect.addFlashAttribute("flashSuccess", "checklist.itemRemoved");
		return CurriculumPages.redirectTo(path(current, programId));
	}

	private String listPage(CurriculumView draft, Model model) {
		model.addAttribute("view", draft);
		model.addAttribute("choices", choices(null));
		model.addAttribute("timings", ChecklistItemForm.Timing.values());
		return "curriculum/checklist";
	}

	private String editPage(CurriculumView draft, ChecklistItemView item, Model model) {
		model.addAttribute("view", draft);
		model.addAttribute("item", item);
		model.addAttribute("choices", choices(item.task().dayOfRoleId()));
		model.addAttribute("timings", ChecklistItemForm.Timing.values());
		return "curriculum/checklist-item";
	}

	private ResponsibleChoices choices(UUID keptRoleId) {
		return ResponsibleChoices.of(dayOfRoles.all(), keptRoleId);
	}

	private static Optional<ChecklistItemView> item(CurriculumView draft, UUID itemId) {
		return draft.checklist().stream().filter(item -> item.id().equals(itemId)).findFirst();
	}

	/**
	 * The day and the owner, checked with the other fields so that every mistake shows at once. The domain
	 * checks the day again; the owner may come from a stale form offering a role retired since.
	 */
	private static void checkChoices(ChecklistItemForm form, ResponsibleChoices choices, BindingResult result) {
		if (!result.hasFieldErrors("days") && !result.hasFieldErrors("timing") && !form.dayInRange()) {
			result.rejectValue("days", "checklist.error.offsetRange",
					new Object[] { -ChecklistItemForm.EARLIEST_OFFSET, ChecklistItemForm.LATEST_OFFSET }, null);
		}
		if (!result.hasFieldErrors("responsible") && !choices.offers(form.getResponsible())) {
			result.rejectValue("responsible", "checklist.error.responsible");
		}
	}

	/** Each rule of the checklist speaks next to the field it is about. */
	private static void reject(BindingResult result, CurriculumChangeRefused refusal) {
		String field = switch (refusal.messageKey()) {
			case "checklist.error.offsetRange" -> "days";
			case "checklist.error.duplicate" -> "title";
			case "checklist.error.dayOfRole" -> "responsible";
			default -> null;
		};
		if (field == null) {
			Refusals.reject(result, refusal);
		}
		else {
			result.rejectValue(field, refusal.messageKey(), refusal.arguments(), null);
		}
	}

	/** The database's own uniqueness check caught a task saved by someone else at the same moment. */
	private static void rejectDuplicate(BindingResult result, ChecklistItemForm form) {
		result.rejectValue("title", "checklist.error.duplicate", new Object[] { form.getTitle(), form.offsetDays() },
				null);
	}

	private static String path(CurrentMembership current, UUID programId) {
		return CurriculumPages.draft(current, programId) + "/checklist";
	}

}
