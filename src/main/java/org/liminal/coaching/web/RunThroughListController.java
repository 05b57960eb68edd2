package org.liminal.coaching.web;

import java.util.UUID;

import org.liminal.coaching.RunThroughStatus;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.TrainingView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A training's run-throughs by date, and each one in full: who presented what, planned against actual minutes,
 * who watched, notes and self-assessment, with the buttons each person may use.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}/run-throughs")
class RunThroughListController {

	private final RunThroughs runThroughs;

	private final RunThroughAccess access;

	private final RunThroughForms forms;

	RunThroughListController(RunThroughs runThroughs, RunThroughAccess access, RunThroughForms forms) {
		this.runThroughs = runThroughs;
		this.access = access;
		this.forms = forms;
	}

	@GetMapping
	String list(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model) {
		TrainingView training = access.requireVisible(current, principal, trainingId);
		Roster roster = forms.roster(training);
		UUID me = principal.accountId();
		model.addAttribute("training", training);
		model.addAttribute("cards", runThroughs.ofTraining(trainingId).stream().map(roster::card).toList());
		model.addAttribute("mayPlan", training.status().isOpen() && access.mayPlan(current, me, training));
		model.addAttribute("mayLog", training.status().isOpen() && access.mayLog(current, me, training));
		return "coaching/run-throughs/list";
	}

	@GetMapping("/{runThroughId}")
	String detail(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID runThroughId, Model model) {
		TrainingView training = access.requireVisible(current, principal, trainingId);
		RunThroughView runThrough = access.runThroughOf(training, runThroughId);
		UUID me = principal.accountId();
		boolean mayChange = access.mayChange(current, me, training, runThrough);
		model.addAttribute("training", training);
		model.addAttribute("card", forms.roster(training).card(runThrough));
		model.addAttribute("mayEdit", mayChange && runThrough.status() != RunThroughStatus.CANCELLED);
		model.addAttribute("mayLogHeld", mayChange && runThrough.isPlanned() && training.status().isOpen());
		model.addAttribute("mayCancel", mayChange && runThrough.isPlanned());
		model.addAttribute("mayGiveFeedback", current.isCoach() && runThrough.isHeld());
		return "coaching/run-throughs/detail";
	}

}
