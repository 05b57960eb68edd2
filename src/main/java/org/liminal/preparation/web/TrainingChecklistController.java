package org.liminal.preparation.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.ChecklistItemNotFound;
import org.liminal.preparation.Checklists;
import org.liminal.preparation.PreparationChangeRefused;
import org.liminal.trainings.Seat;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingStatus;
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

/**
 * Working a training's checklist: tick a task done, reopen it, comment, hand it to someone, add one. Plain forms
 * that come back to the task where they were sent from; a task changed meanwhile is a conflict, never overwritten.
 * Only those who may work the checklist ({@link ChecklistAccess}) find anything here; a task of another training
 * than the one in the address does not exist.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}/checklist")
class TrainingChecklistController {

	private final Checklists checklists;

	private final Trainings trainings;

	private final ChecklistAccess access;

	TrainingChecklistController(Checklists checklists, Trainings trainings, ChecklistAccess access) {
		this.checklists = checklists;
		this.trainings = trainings;
		this.access = access;
	}

	@PostMapping("/{taskId}/done")
	String tick(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @PathVariable UUID taskId, @RequestParam long version,
			@RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
		return act(current, principal, trainingId, taskId, from, redirect, "prep.ticked",
				task -> checklists.tick(taskId, version, principal.accountId()));
	}

	@PostMapping("/{taskId}/reopen")
	String reopen(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, @PathVariable UUID taskId,
			@RequestParam long version, @RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
		return act(current, principal, trainingId, taskId, from, redirect, "prep.reopened",
				task -> checklists.reopen(taskId, version));
	}

	/** Hands the task to someone of the team or a chapter lead, or (empty) back to whoever holds its role. */
	@PostMapping("/{taskId}/owner")
	String handTo(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, @PathVariable UUID taskId,
			@RequestParam long version, @RequestParam(defaultValue = "") String owner,
			@RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
		TrainingView training = access.requireWorkable(current, principal, trainingId);
		UUID ownerId = owner.isBlank() ? null : parse(owner);
		if (!owner.isBlank() && (ownerId == null || !Choices.contains(Choices.of(training), ownerId))) {
			taskOf(trainingId, taskId);
			redirect.addFlashAttribute("flashError", "prep.error.owner");
			return Back.to(from, current, trainingId, training.chapter().id(), taskId);
		}
		return act(current, principal, trainingId, taskId, from, redirect, "prep.handedOver",
				task -> checklists.handTo(taskId, ownerId, task.roleHolderIn(team(training)), version));
	}

	@PostMapping("/{taskId}/comments")
	String comment(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, @PathVariable UUID taskId,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TrainingView training = access.requireWorkable(current, principal, trainingId);
		ChecklistItem task = taskOf(trainingId, taskId);
		if (result.hasErrors()) {
			// The comment goes next to its field on a page of its own, with what was typed kept.
			model.addAttribute("training", training);
			model.addAttribute("task", task);
			return "preparation/comment";
		}
		return act(current, principal, trainingId, taskId, form.getFrom(), redirect, "prep.commented",
				item -> checklists.comment(taskId, principal.accountId(), form.getBody()));
	}

	@GetMapping("/new")
	String newTask(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model) {
		TrainingView training = requireOpenChecklist(current, principal, trainingId);
		NewTaskForm form = new NewTaskForm();
		form.setDueDate(trainings.today(training.chapter().zone()).plusDays(7));
		model.addAttribute("newTaskForm", form);
		return form(training, model);
	}

	@PostMapping
	String add(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @Valid @ModelAttribute("newTaskForm") NewTaskForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TrainingView training = requireOpenChecklist(current, principal, trainingId);
		if (!form.ownerIsValid() || form.ownerId() != null && !Choices.contains(Choices.of(training), form.ownerId())) {
			result.rejectValue("owner", "prep.error.owner");
		}
		if (!result.hasErrors()) {
			try {
				UUID taskId = checklists.add(trainingId, form.task(), principal.accountId());
				redirect.addFlashAttribute("flashSuccess", "prep.added");
				return Back.to("", current, trainingId, null, taskId);
			}
			catch (PreparationChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
		}
		return form(training, model);
	}

	private String form(TrainingView training, Model model) {
		model.addAttribute("training", training);
		model.addAttribute("choices", Choices.of(training));
		model.addAttribute("today", trainings.today(training.chapter().zone()));
		return "preparation/new-task";
	}

	/** Adding is for a scheduled (or held) training's checklist; a draft has none, a cancelled one is closed. */
	private TrainingView requireOpenChecklist(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		TrainingView training = access.requireWorkable(current, principal, trainingId);
		if (training.status() == TrainingStatus.DRAFT || training.status() == TrainingStatus.CANCELLED) {
			throw new ChecklistItemNotFound();
		}
		return training;
	}

	private String act(CurrentMembership current, MemberPrincipal principal, UUID trainingId, UUID taskId,
			String from, RedirectAttributes redirect, String done, Action action) {
		TrainingView training = access.requireWorkable(current, principal, trainingId);
		ChecklistItem task = taskOf(trainingId, taskId);
		if (training.status() == TrainingStatus.CANCELLED) {
			redirect.addFlashAttribute("flashError", "checklist.error.cancelled");
		}
		else {
			try {
				action.on(task);
				redirect.addFlashAttribute("flashSuccess", done);
			}
			catch (PreparationChangeRefused refusal) {
				Refusals.flash(redirect, refusal);
			}
			catch (OptimisticLockingFailureException conflict) {
				redirect.addFlashAttribute("flashError", "prep.error.conflict");
			}
		}
		return Back.to(from, current, trainingId, training.chapter().id(), taskId);
	}

	/** The task, when it is one of this training's; "not found" otherwise. */
	private ChecklistItem taskOf(UUID trainingId, UUID taskId) {
		return checklists.task(taskId)
			.filter(task -> task.trainingId().equals(trainingId))
			.orElseThrow(ChecklistItemNotFound::new);
	}

	private static Map<Seat, UUID> team(TrainingView training) {
		Map<Seat, UUID> team = new HashMap<>();
		training.team()
			.stream()
			.filter(StaffedSeat::isFilled)
			.forEach(seat -> team.put(seat.seat(), seat.holder().accountId()));
		return team;
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	/** What a form does to its task. */
	@FunctionalInterface
	private interface Action {

		void on(ChecklistItem task);

	}

}
