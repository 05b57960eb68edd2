package org.liminal.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.accounts.Invitations;
import org.liminal.notifications.MailDeliveryFailed;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.Member;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.organizations.MembershipChangeRefused;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationNotFoundException;
import org.liminal.organizations.OrganizationRole;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organizers see who belongs to the organization, invite people, change roles and remove members. */
@Controller
@RequestMapping("/{org}/members")
class MembersController {

	private final Memberships memberships;

	private final Accounts accounts;

	private final Invitations invitations;

	MembersController(Memberships memberships, Accounts accounts, Invitations invitations) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.invitations = invitations;
	}

	/** A member as the page shows them. */
	record MemberRow(Member member, AccountSummary account) {
	}

	@GetMapping
	String list(@ModelAttribute("inviteForm") InviteForm inviteForm, Model model) {
		List<Member> members = memberships.members();
		Map<UUID, AccountSummary> people = accounts.findAll(members.stream().map(Member::accountId).toList());
		model.addAttribute("members", members.stream()
			.filter(member -> people.containsKey(member.accountId()))
			.map(member -> new MemberRow(member, people.get(member.accountId())))
			.toList());
		model.addAttribute("invitations", invitations.pending());
		model.addAttribute("allRoles", OrganizationRole.values());
		return "accounts/members";
	}

	@PostMapping("/invitations")
	String invite(@ModelAttribute("current") CurrentMembership current,
			@Valid @ModelAttribute("inviteForm") InviteForm inviteForm, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal principal, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				invitations.invite(inviteForm.getEmail(), inviteForm.getRoles(), principal.accountId(), locale);
				redirect.addFlashAttribute("flashSuccess", "members.invited");
				return redirectToList(current);
			}
			catch (MembershipChangeRefused ex) {
				result.rejectValue("email", ex.messageKey());
			}
			catch (MailDeliveryFailed ex) {
				// Nothing was saved: the invitation and its mail stand or fall together.
				result.reject("mail.error.notSent");
			}
		}
		return list(inviteForm, model);
	}

	@PostMapping("/invitations/{invitationId}/revoke")
	String revoke(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		invitations.revoke(invitationId);
		redirect.addFlashAttribute("flashSuccess", "members.invitationRevoked");
		return redirectToList(current);
	}

	@PostMapping("/{membershipId}/roles")
	String changeRoles(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID membershipId,
			MemberRolesForm form, RedirectAttributes redirect) {
		requireMember(membershipId);
		return change(current, redirect, "members.rolesChanged",
				() -> memberships.changeRoles(membershipId, form.getRoles(), form.getVersion()));
	}

	@PostMapping("/{membershipId}/remove")
	String remove(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID membershipId,
			MemberRolesForm form, RedirectAttributes redirect) {
		requireMember(membershipId);
		return change(current, redirect, "members.removed",
				() -> memberships.remove(membershipId, form.getVersion()));
	}

	private void requireMember(UUID membershipId) {
		memberships.member(membershipId).orElseThrow(OrganizationNotFoundException::new);
	}

	private String change(CurrentMembership current, RedirectAttributes redirect, String successKey,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (MembershipChangeRefused ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "members.error.conflict");
		}
		return redirectToList(current);
	}

	private static String redirectToList(CurrentMembership current) {
		return "redirect:/" + current.organization().slug() + "/members";
	}

}
