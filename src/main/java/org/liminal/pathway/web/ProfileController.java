package org.liminal.pathway.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.curriculum.ModulesByKey;
import org.liminal.curriculum.ProgramModule;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.pathway.BadgeHistory;
import org.liminal.pathway.GrantRecord;
import org.liminal.pathway.PathwayChangeRefused;
import org.liminal.pathway.QualificationKinds;
import org.liminal.pathway.QualificationNotFound;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.web.Refusals;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's profile: their roles, their badges and how each was earned, which everyone in the organization may
 * read (pins are public). Organizers and the member's coaches grant, renew and revoke there; the security
 * configuration lets only coaches and organizers post, and the pathway lets a coach recognize only their trainers.
 */
@Controller
@RequestMapping("/{org}/profiles/{accountId}")
class ProfileController {

	/** How far back the trainings offered as evidence go. */
	static final int EVIDENCE_TRAININGS_WITHIN_DAYS = 366;

	/** How far ahead: run-throughs rehearse trainings still to come. */
	static final int EVIDENCE_TRAININGS_AHEAD_DAYS = 92;

	static final int EVIDENCE_TRAININGS_AT_MOST = 50;

	private final Qualifications qualifications;

	private final QualificationKinds kinds;

	private final Memberships memberships;

	private final Accounts accounts;

	private final ModulesByKey modules;

	private final TrainingFinder trainings;

	private final Clock clock;

	ProfileController(Qualifications qualifications, QualificationKinds kinds, Memberships memberships,
			Accounts accounts, ModulesByKey modules, TrainingFinder trainings, Clock clock) {
		this.qualifications = qualifications;
		this.kinds = kinds;
		this.memberships = memberships;
		this.accounts = accounts;
		this.modules = modules;
		this.trainings = trainings;
		this.clock = clock;
	}

	/** The person whose profile this is: a member of this organization, else not found. */
	record Profile(UUID accountId, String name, Set<OrganizationRole> roles) {
	}

	@GetMapping
	String profile(@PathVariable UUID accountId, @AuthenticationPrincipal MemberPrincipal principal, Model model) {
		return page(profileOf(accountId), principal, model);
	}

	@PostMapping("/qualifications")
	String grant(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID accountId,
			@AuthenticationPrincipal MemberPrincipal principal, @Valid @ModelAttribute("grantForm") GrantForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Profile profile = profileOf(accountId);
		if (!result.hasErrors()) {
			try {
				qualifications.grant(accountId, form.grant(), principal.accountId());
				redirect.addFlashAttribute("flashSuccess", "profile.grantedNow");
				return PathwayPages.redirectTo(PathwayPages.profile(current, accountId));
			}
			catch (PathwayChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (DataIntegrityViolationException grantedMeanwhile) {
				result.reject("pathway.error.grantedMeanwhile");
			}
		}
		return page(profile, principal, model);
	}

	@PostMapping("/qualifications/{qualificationId}/revoke")
	String revoke(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID accountId,
			@PathVariable UUID qualificationId, @AuthenticationPrincipal MemberPrincipal principal,
			@Valid @ModelAttribute("revokeForm") RevokeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changeGrant(new GrantChange(current, accountId, qualificationId, principal, result, model, redirect),
				() -> qualifications.revoke(qualificationId, form.getReason(), principal.accountId(), form.getVersion()),
				"profile.revoked", "revokeFailed");
	}

	@PostMapping("/qualifications/{qualificationId}/renew")
	String renew(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID accountId,
			@PathVariable UUID qualificationId, @AuthenticationPrincipal MemberPrincipal principal,
			@Valid @ModelAttribute("renewForm") RenewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changeGrant(new GrantChange(current, accountId, qualificationId, principal, result, model, redirect),
				() -> qualifications.renew(qualificationId, form.evidence(), principal.accountId(), form.getVersion()),
				"profile.renewedNow", "renewFailed");
	}

	/** A revoke or renew form as it came in, with what its answer needs. */
	private record GrantChange(CurrentMembership current, UUID accountId, UUID qualificationId,
			MemberPrincipal principal, BindingResult result, Model model, RedirectAttributes redirect) {
	}

	/**
	 * Revokes or renews one of the person's grants. A refusal about a field goes next to it; one about the grant
	 * itself, a stale version or a grant renewed at the same moment means someone changed it meanwhile.
	 */
	private String changeGrant(GrantChange request, Runnable change, String success, String failedAttribute) {
		Profile profile = profileOf(request.accountId());
		requireGrantOf(request.accountId(), request.qualificationId());
		if (!request.result().hasErrors()) {
			try {
				change.run();
				request.redirect().addFlashAttribute("flashSuccess", success);
				return PathwayPages.redirectTo(PathwayPages.profile(request.current(), request.accountId()));
			}
			catch (PathwayChangeRefused refusal) {
				if (refusal.field() == null) {
					return changedMeanwhile(request.current(), request.accountId(), request.redirect());
				}
				Refusals.reject(request.result(), refusal);
			}
			catch (OptimisticLockingFailureException | DataIntegrityViolationException meanwhile) {
				return changedMeanwhile(request.current(), request.accountId(), request.redirect());
			}
		}
		request.model().addAttribute(failedAttribute, request.qualificationId());
		return page(profile, request.principal(), request.model());
	}

	private String page(Profile profile, MemberPrincipal principal, Model model) {
		boolean mayRecognize = qualifications.mayRecognize(principal.accountId(), profile.accountId());
		model.addAttribute("profile", profile);
		model.addAttribute("badges", qualifications.heldBy(profile.accountId()));
		model.addAttribute("histories", qualifications.historyOf(profile.accountId()));
		model.addAttribute("mayRecognize", mayRecognize);
		if (mayRecognize) {
			if (!model.containsAttribute("grantForm")) {
				model.addAttribute("grantForm", new GrantForm());
			}
			model.addAttribute("kinds", kinds.active());
			model.addAttribute("moduleGroups", modules.published()
				.stream()
				.collect(Collectors.groupingBy(ProgramModule::programId, LinkedHashMap::new, Collectors.toList()))
				.values());
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("evidenceTrainings", trainings
				.find(new TrainingFilter(null, null, null, today.minusDays(EVIDENCE_TRAININGS_WITHIN_DAYS),
						today.plusDays(EVIDENCE_TRAININGS_AHEAD_DAYS)),
						TrainingFinder.Order.LATEST_FIRST, 1, EVIDENCE_TRAININGS_AT_MOST)
				.trainings()
				.stream()
				.filter(training -> training.status() == TrainingStatus.SCHEDULED
						|| training.status() == TrainingStatus.COMPLETED)
				.toList());
		}
		return "pathway/profile";
	}

	private Profile profileOf(UUID accountId) {
		Set<OrganizationRole> roles = memberships.rolesOf(accountId).orElseThrow(QualificationNotFound::new);
		Map<UUID, AccountSummary> account = accounts.findAll(Set.of(accountId));
		if (!account.containsKey(accountId)) {
			throw new QualificationNotFound();
		}
		return new Profile(accountId, account.get(accountId).displayName(), roles);
	}

	/** A grant addressed under someone else's profile is not found there. */
	private void requireGrantOf(UUID accountId, UUID qualificationId) {
		List<BadgeHistory> histories = qualifications.historyOf(accountId);
		boolean theirs = histories.stream()
			.flatMap(history -> history.grants().stream())
			.map(GrantRecord::id)
			.anyMatch(qualificationId::equals);
		if (!theirs) {
			throw new QualificationNotFound();
		}
	}

	private static String changedMeanwhile(CurrentMembership current, UUID accountId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "pathway.error.qualificationConflict");
		return PathwayPages.redirectTo(PathwayPages.profile(current, accountId));
	}

}
