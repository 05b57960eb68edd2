package org.liminal.curriculum.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.DayOfRoles;
import org.liminal.curriculum.DraftRoleNeeds;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.RoleNeedView;
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

/** Which day-of roles a program's draft needs, and how many people in each (organizers only). */
@Controller
@RequestMapping("/{org}/programs/{programId}/draft/roles")
class RoleNeedsController {

	private final Programs programs;

	private final DraftRoleNeeds roleNeeds;

	private final DayOfRoles dayOfRoles;

	RoleNeedsController(Programs programs, DraftRoleNeeds roleNeeds, DayOfRoles dayOfRoles) {
		this.programs = programs;
		this.roleNeeds = roleNeeds;
		this.dayOfRoles = dayOfRoles;
	}

	@GetMapping
	String roles(@PathVariable UUID programId, Model model) {
		CurriculumView draft = programs.draft(programId);
		List<DayOfRoleView> roles = offered(draft);
		model.addAttribute("roleNeedsForm", RoleNeedsForm.of(draft.roleNeeds(), roles, draft.version()));
		return page(draft, roles, model);
	}

	@PostMapping
	String change(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@Valid @ModelAttribute("roleNeedsForm") RoleNeedsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurriculumView draft = programs.draft(programId);
		List<DayOfRoleView> roles = offered(draft);
		if (!result.hasErrors()) {
			try {
				roleNeeds.change(programId, form.peopleByRole(roles), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "roleNeeds.saved");
				return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
			}
			catch (CurriculumChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep the numbers this person typed; saving again applies them over the other change.
				result.reject("roleNeeds.error.conflict");
				draft = programs.draft(programId);
				form.setVersion(draft.version());
			}
		}
		return page(draft, roles, model);
	}

	private String page(CurriculumView draft, List<DayOfRoleView> roles, Model model) {
		model.addAttribute("view", draft);
		model.addAttribute("roles", roles);
		return "curriculum/role-needs";
	}

	/** The organization's active roles, and the retired ones this draft still needs. */
	private List<DayOfRoleView> offered(CurriculumView draft) {
		Set<UUID> needed = draft.roleNeeds().stream().map(RoleNeedView::dayOfRoleId).collect(Collectors.toSet());
		return dayOfRoles.all().stream().filter(role -> !role.retired() || needed.contains(role.id())).toList();
	}

}
