package org.liminal.curriculum.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.DayOfRoles;
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
 * The organization's day-of roles: every member reads the role cards; organizers write, retire and restore
 * them (the security configuration lets only organizers post here or open the forms).
 */
@Controller
@RequestMapping("/{org}/day-of-roles")
class DayOfRolesController {

	private final DayOfRoles dayOfRoles;

	DayOfRolesController(DayOfRoles dayOfRoles) {
		this.dayOfRoles = dayOfRoles;
	}

	@GetMapping
	String list(@ModelAttribute("current") CurrentMembership current, Locale locale, Model model) {
		List<DayOfRoleView> all = dayOfRoles.all();
		model.addAttribute("active", all.stream().filter(role -> !role.retired()).toList());
		model.addAttribute("retired", all.stream().filter(DayOfRoleView::retired).toList());
		model.addAttribute("missingPresets", current.isOrganizer() ? dayOfRoles.missingPresets(locale) : List.of());
		return "curriculum/day-of-roles";
	}

	/** Adds the welcomer, timekeeper and fun captain that are missing, written in the organizer's language. */
	@PostMapping("/presets")
	String addPresets(@ModelAttribute("current") CurrentMembership current, Locale locale,
			RedirectAttributes redirect) {
		dayOfRoles.addPresets(locale);
		redirect.addFlashAttribute("flashSuccess", "dayOfRoles.presetsAdded");
		return CurriculumPages.redirectTo(listPath(current));
	}

	@GetMapping("/new")
	String newRole(@ModelAttribute("dayOfRoleForm") DayOfRoleForm form) {
		return "curriculum/day-of-role-form";
	}

	@PostMapping
	String create(@ModelAttribute("current") CurrentMembership current,
			@Valid @ModelAttribute("dayOfRoleForm") DayOfRoleForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID roleId = dayOfRoles.create(form.card());
				redirect.addFlashAttribute("flashSuccess", "dayOfRole.created");
				return CurriculumPages.redirectTo(cardPath(current, roleId));
			}
			catch (CurriculumChangeRefused refusal) {
				reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameNameSavedMeanwhile) {
				rejectTakenName(result, form);
			}
		}
		return "curriculum/day-of-role-form";
	}

	@GetMapping("/{roleId}")
	String card(@PathVariable UUID roleId, Model model) {
		model.addAttribute("role", dayOfRoles.role(roleId));
		return "curriculum/day-of-role";
	}

	@GetMapping("/{roleId}/edit")
	String edit(@PathVariable UUID roleId, Model model) {
		DayOfRoleView role = dayOfRoles.role(roleId);
		model.addAttribute("role", role);
		model.addAttribute("dayOfRoleForm", DayOfRoleForm.of(role));
		return "curriculum/day-of-role-form";
	}

	@PostMapping("/{roleId}")
	String save(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID roleId,
			@Valid @ModelAttribute("dayOfRoleForm") DayOfRoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DayOfRoleView role = dayOfRoles.role(roleId);
		if (!result.hasErrors()) {
			try {
				dayOfRoles.change(roleId, form.card(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "dayOfRole.saved");
				return CurriculumPages.redirectTo(cardPath(current, roleId));
			}
			catch (CurriculumChangeRefused refusal) {
				reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameNameSavedMeanwhile) {
				rejectTakenName(result, form);
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep what this person wrote and show what is saved now; saving again applies their card.
				result.reject("dayOfRole.error.conflict");
				role = dayOfRoles.role(roleId);
				form.setVersion(role.version());
				model.addAttribute("saved", role);
			}
		}
		model.addAttribute("role", role);
		return "curriculum/day-of-role-form";
	}

	@PostMapping("/{roleId}/retire")
	String retire(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID roleId,
			RedirectAttributes redirect) {
		dayOfRoles.retire(roleId);
		redirect.addFlashAttribute("flashSuccess", "dayOfRole.retired");
		return CurriculumPages.redirectTo(listPath(current));
	}

	@PostMapping("/{roleId}/restore")
	String restore(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID roleId,
			RedirectAttributes redirect) {
		dayOfRoles.restore(roleId);
		redirect.addFlashAttribute("flashSuccess", "dayOfRole.restored");
		return CurriculumPages.redirectTo(listPath(current));
	}

	private static void reject(BindingResult result, CurriculumChangeRefused refusal) {
		if (refusal.messageKey().equals("dayOfRole.error.nameTaken")) {
			result.rejectValue("name", refusal.messageKey(), refusal.arguments(), null);
		}
		else {
			Refusals.reject(result, refusal);
		}
	}

	private static void rejectTakenName(BindingResult result, DayOfRoleForm form) {
		result.rejectValue("name", "dayOfRole.error.nameTaken", new Object[] { form.getName() }, null);
	}

	private static String listPath(CurrentMembership current) {
		return "/" + current.organization().slug() + "/day-of-roles";
	}

	private static String cardPath(CurrentMembership current, UUID roleId) {
		return listPath(current) + "/" + roleId;
	}

}
