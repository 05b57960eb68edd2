package org.liminal.trainings.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.TrainingChangeRefused;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.liminal.web.Refusals;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving a training through its life: schedule, reschedule, cancel, mark as held, or discard a draft. */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}")
class LifecycleController {

	private final Trainings trainings;

	private final TrainingAccess access;

	LifecycleController(Trainings trainings, TrainingAccess access) {
		this.trainings = trainings;
		this.access = access;
	}

	@PostMapping("/schedule")
	String schedule(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(current, principal, trainingId, redirect, "training.scheduled",
				() -> trainings.schedule(trainingId, version));
	}

	@PostMapping("/complete")
	String complete(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(current, principal, trainingId, redirect, "training.completed",
				() -> trainings.complete(trainingId, version));
	}

	@PostMapping("/discard")
	String discard(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@RequestParam long version, RedirectAttributes redirect) {
		access.requireEditable(current, principal, trainingId);
		try {
			trainings.discard(trainingId, version);
			redirect.addFlashAttribute("flashSuccess", "training.discarded");
			return TrainingPages.redirectTo(TrainingPages.trainings(current));
		}
		catch (TrainingChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "training.error.conflict");
		}
		return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
	}

	@GetMapping("/reschedule")
	String reschedule(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		model.addAttribute("rescheduleForm", RescheduleForm.of(training));
		return rescheduleForm(training, model);
	}

	@PostMapping("/reschedule")
	String saveReschedule(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@Valid @ModelAttribute("rescheduleForm") RescheduleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		if (form.getStartTimes().size() != training.days().size()) {
			result.reject("training.error.days", new Object[] { training.days().size() }, null);
		}
		if (!result.hasErrors()) {
			try {
				trainings.reschedule(trainingId, form.dates(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "training.rescheduled");
				return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
			}
			catch (TrainingChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException conflict) {
				result.reject("training.error.conflict");
				training = trainings.training(trainingId);
				form.setVersion(training.version());
			}
		}
		return rescheduleForm(training, model);
	}

	@GetMapping("/cancel")
	String cancel(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		CancelForm form = new CancelForm();
		form.setVersion(training.version());
		model.addAttribute("cancelForm", form);
		model.addAttribute("training", training);
		return "trainings/cancel";
	}

	@PostMapping("/cancel")
	String saveCancel(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		access.requireEditable(current, principal, trainingId);
		if (!result.hasErrors()) {
			try {
				trainings.cancel(trainingId, form.getReason(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "training.cancelled");
				return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
			}
			catch (TrainingChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException conflict) {
				result.reject("training.error.conflict");
				form.setVersion(trainings.training(trainingId).version());
			}
		}
		model.addAttribute("training", trainings.training(trainingId));
		return "trainings/cancel";
	}

	private String rescheduleForm(TrainingView training, Model model) {
		model.addAttribute("training", training);
		model.addAttribute("today", trainings.today(training.chapter().zone()));
		return "trainings/reschedule";
	}

	/** A one-button change: done with a success message, or refused with the reason, back on the training page. */
	private String act(CurrentMembership current, MemberPrincipal principal, UUID trainingId,
			RedirectAttributes redirect, String success, Runnable change) {
		access.requireEditable(current, principal, trainingId);
		try {
			change.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (TrainingChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "training.error.conflict");
		}
		return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
	}

}
