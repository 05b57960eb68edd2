package org.liminal.accounts.web;

import jakarta.validation.Valid;

import org.liminal.accounts.InvitationNotUsable;
import org.liminal.accounts.InvitationView;
import org.liminal.accounts.Invitations;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.organizations.OrganizationNotFoundException;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens. Newcomers choose their name and password; people who already
 * have an account sign in and join.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, @ModelAttribute("form") AcceptInvitationForm form, Model model) {
		model.addAttribute("invitation", invitation(token));
		return "accounts/invitation";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("form") AcceptInvitationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InvitationView invitation = invitation(token);
		model.addAttribute("invitation", invitation);
		if (!invitation.usable() || invitation.accountExists() || result.hasErrors()) {
			return "accounts/invitation";
		}
		try {
			invitations.acceptAsNewcomer(token, form.getDisplayName(), form.getPassword());
		}
		catch (InvitationNotUsable | OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Someone used the link at the same moment (a second account for the email cannot exist).
			model.addAttribute("invitation", invitation(token));
			return "accounts/invitation";
		}
		redirect.addFlashAttribute("flashSuccess", "invitation.accepted.signIn");
		return "redirect:/login";
	}

	@PostMapping("/invitations/{token}/join")
	String join(@PathVariable String token, @AuthenticationPrincipal MemberPrincipal principal,
			RedirectAttributes redirect) {
		invitation(token);
		if (principal == null) {
			return "redirect:/login";
		}
		try {
			OrganizationSummary organization = invitations.acceptAsMember(token, principal.accountId());
			redirect.addFlashAttribute("flashSuccess", "invitation.accepted");
			return "redirect:/" + organization.slug();
		}
		catch (InvitationNotUsable | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "invitation.notUsable");
			return "redirect:/invitations/" + token;
		}
	}

	private InvitationView invitation(String token) {
		return invitations.find(token).orElseThrow(OrganizationNotFoundException::new);
	}

}
