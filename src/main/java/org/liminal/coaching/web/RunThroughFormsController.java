package org.liminal.coaching.web;

import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liminal.coaching.CoachingChangeRefused;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughStatus;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.coaching.web.RunThroughAccess.Change;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.TrainingView;
import org.liminal.web.Refusals;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging, planning, correcting and cancelling run-throughs: plain forms, post/redirect/get. A form sent after
 * someone else changed the run-through comes back with the latest version and a conflict message.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}/run-throughs")
class RunThroughFormsController {

	private static final String FORM = "runThroughForm";

	private final RunThroughs runThroughs;

	private final RunThroughAccess access;

	private final RunThroughForms forms;

	RunThroughFormsController(RunThroughs runThroughs, RunThroughAccess access, RunThroughForms forms) {
		this.runThroughs = runThroughs;
		this.access = access;
		this.forms = forms;
	}

	@GetMapping("/new")
	String newLog(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model,
			RedirectAttributes redirect) {
		TrainingView training = access.requireLogger(current, principal, trainingId);
		return blankForm(current, principal, training, RunThroughFormKind.LOG, model, redirect);
	}

	@PostMapping
	String log(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @Valid @ModelAttribute(FORM) RunThroughForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TrainingView training = access.requireLogger(current, principal, trainingId);
		return create(current, principal, training, RunThroughFormKind.LOG, form, result, model, redirect,
				"runThrough.logged", details -> runThroughs.log(trainingId, details, principal.accountId()));
	}

	@GetMapping("/plan")
	String newPlan(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model,
			RedirectAttributes redirect) {
		TrainingView training = access.requirePlanner(current, principal, trainingId);
		return blankForm(current, principal, training, RunThroughFormKind.PLAN, model, redirect);
	}

	@PostMapping("/plan")
	String plan(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @Valid @ModelAttribute(FORM) RunThroughForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TrainingView training = access.requirePlanner(current, principal, trainingId);
		return create(current, principal, training, RunThroughFormKind.PLAN, form, result, model, redirect,
				"runThrough.planned", details -> runThroughs.plan(trainingId, details, principal.accountId()));
	}

	@GetMapping("/{runThroughId}/edit")
	String edit(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @PathVariable UUID runThroughId, Model model, RedirectAttributes redirect) {
		Change change = access.requireChangeable(current, principal, trainingId, runThroughId);
		if (change.runThrough().status() == RunThroughStatus.CANCELLED) {
			redirect.addFlashAttribute("flashError", "runThrough.error.cancelled");
			return RunThroughPages.redirectTo(RunThroughPages.detail(current, trainingId, runThroughId));
		}
		return savedForm(current, change, editKind(change.runThrough()), model);
	}

	@PostMapping("/{runThroughId}/edit")
	String saveEdit(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID runThroughId, @Valid @ModelAttribute(FORM) RunThroughForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Change change = access.requireChangeable(current, principal, trainingId, runThroughId);
		RunThroughFormKind kind = editKind(change.runThrough());
		return save(current, principal, change, kind, form, result, model, redirect, "runThrough.changed",
				details -> runThroughs.change(runThroughId, details, form.getVersion()));
	}

	@GetMapping("/{runThroughId}/log")
	String logPlanned(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID runThroughId, Model model, RedirectAttributes redirect) {
		Change change = access.requireChangeable(current, principal, trainingId, runThroughId);
		if (!change.runThrough().isPlanned()) {
			redirect.addFlashAttribute("flashError", "runThrough.error.notPlanned");
			return RunThroughPages.redirectTo(RunThroughPages.detail(current, trainingId, runThroughId));
		}
		return savedForm(current, change, RunThroughFormKind.LOG_PLANNED, model);
	}

	@PostMapping("/{runThroughId}/log")
	String saveLogPlanned(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID runThroughId, @Valid @ModelAttribute(FORM) RunThroughForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Change change = access.requireChangeable(current, principal, trainingId, runThroughId);
		return save(current, principal, change, RunThroughFormKind.LOG_PLANNED, form, result, model, redirect,
				"runThrough.logged",
				details -> runThroughs.logPlanned(runThroughId, details, form.getVersion(), principal.accountId()));
	}

	@PostMapping("/{runThroughId}/cancel")
	String cancel(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID runThroughId, @RequestParam long version, RedirectAttributes redirect) {
		access.requireChangeable(current, principal, trainingId, runThroughId);
		try {
			runThroughs.cancel(runThroughId, version);
			redirect.addFlashAttribute("flashSuccess", "runThrough.cancelledNow");
		}
		catch (CoachingChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "runThrough.error.conflict");
		}
		return RunThroughPages.redirectTo(RunThroughPages.detail(current, trainingId, runThroughId));
	}

	/** A row number beyond any the page offers (only a forged form has one) is a bad request, not an error. */
	@ExceptionHandler(InvalidPropertyException.class)
	void malformed(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	private String blankForm(CurrentMembership current, MemberPrincipal principal, TrainingView training,
			RunThroughFormKind kind, Model model, RedirectAttributes redirect) {
		if (!training.status().isOpen()) {
			redirect.addFlashAttribute("flashError", "runThrough.error.trainingClosed");
			return RunThroughPages.redirectTo(RunThroughPages.list(current, training.id()));
		}
		Roster roster = forms.roster(training);
		return page(current, training, roster, kind, null, forms.blank(training, roster, principal.accountId()), model);
	}

	private String savedForm(CurrentMembership current, Change change, RunThroughFormKind kind, Model model) {
		Roster roster = forms.roster(change.training());
		RunThroughForm form = forms.of(change.runThrough(), change.training(), roster);
		return page(current, change.training(), roster, kind, change.runThrough(), form, model);
	}

	/** Logs or plans a new run-through, or shows the form again with its errors. */
	private String create(CurrentMembership current, MemberPrincipal principal, TrainingView training,
			RunThroughFormKind kind, RunThroughForm form, BindingResult result, Model model, RedirectAttributes redirect,
			String success, Function<RunThroughDetails, UUID> creating) {
		RunThroughDetails details = details(current, principal, training, null, form, kind, result);
		if (details != null) {
			try {
				return done(current, training.id(), creating.apply(details), success, redirect);
			}
			catch (CoachingChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
		}
		return page(current, training, forms.roster(training), kind, null, form, model);
	}

	/** Saves a change of an existing run-through, or shows the form again: with its errors, or the latest version. */
	private String save(CurrentMembership current, MemberPrincipal principal, Change change, RunThroughFormKind kind,
			RunThroughForm form, BindingResult result, Model model, RedirectAttributes redirect, String success,
			Saving saving) {
		TrainingView training = change.training();
		RunThroughView runThrough = change.runThrough();
		RunThroughDetails details = details(current, principal, training, runThrough, form, kind, result);
		if (details != null) {
			try {
				saving.save(details);
				return done(current, training.id(), runThrough.id(), success, redirect);
			}
			catch (CoachingChangeRefused refusal) {
				if (!"runThrough.error.conflict".equals(refusal.messageKey())) {
					Refusals.reject(result, refusal);
					return page(current, training, forms.roster(training), kind, runThrough, form, model);
				}
				return conflict(current, training, runThrough.id(), kind, model, redirect);
			}
			catch (OptimisticLockingFailureException conflict) {
				return conflict(current, training, runThrough.id(), kind, model, redirect);
			}
		}
		return page(current, training, forms.roster(training), kind, runThrough, form, model);
	}

	/** The latest version in the form, when it is still this kind of form; else its page says what happened. */
	private String conflict(CurrentMembership current, TrainingView training, UUID runThroughId,
			RunThroughFormKind kind, Model model, RedirectAttributes redirect) {
		RunThroughView latest = runThroughs.runThrough(runThroughId);
		boolean sameForm = kind == RunThroughFormKind.LOG_PLANNED ? latest.isPlanned()
				: latest.status() != RunThroughStatus.CANCELLED && editKind(latest) == kind;
		if (!sameForm) {
			redirect.addFlashAttribute("flashError", "runThrough.error.conflict");
			return RunThroughPages.redirectTo(RunThroughPages.detail(current, training.id(), runThroughId));
		}
		Roster roster = forms.roster(training);
		RunThroughForm form = forms.of(latest, training, roster);
		BindingResult result = new BeanPropertyBindingResult(form, FORM);
		result.reject("runThrough.error.conflict");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		return page(current, training, roster, kind, latest, form, model);
	}

	/** The form's details, or {@code null} when it has errors (then rejected next to their fields). */
	private RunThroughDetails details(CurrentMembership current, MemberPrincipal principal, TrainingView training,
			RunThroughView runThrough, RunThroughForm form, RunThroughFormKind kind, BindingResult result) {
		// Read even when Bean Validation found errors, so that the rows' errors show at the same time.
		RunThroughDetails details = form.details(kind.isHeld(), result);
		if (details != null
				&& !access.mayPresentAs(current, principal.accountId(), training, runThrough, details.parts())) {
			result.rejectValue("parts", "runThrough.form.presentYourOwn");
			return null;
		}
		return details;
	}

	private String page(CurrentMembership current, TrainingView training, Roster roster, RunThroughFormKind kind,
			RunThroughView runThrough, RunThroughForm form, Model model) {
		String list = RunThroughPages.list(current, training.id());
		model.addAttribute(FORM, form);
		model.addAttribute("training", training);
		model.addAttribute("kind", kind);
		model.addAttribute("runThrough", runThrough);
		model.addAttribute("action", switch (kind) {
			case LOG -> list;
			case PLAN -> list + "/plan";
			case LOG_PLANNED -> list + "/" + runThrough.id() + "/log";
			case EDIT_PLAN, EDIT_LOG -> list + "/" + runThrough.id() + "/edit";
		});
		model.addAttribute("back", runThrough == null ? list : list + "/" + runThrough.id());
		model.addAttribute("formats", RunThroughFormat.values());
		model.addAttribute("moduleTitles", roster.moduleTitles());
		model.addAttribute("presenters", forms.presenters(training, roster, form));
		model.addAttribute("watcherChoices", forms.watchers(training, roster, form));
		return "coaching/run-throughs/form";
	}

	private static String done(CurrentMembership current, UUID trainingId, UUID runThroughId, String success,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", success);
		return RunThroughPages.redirectTo(RunThroughPages.detail(current, trainingId, runThroughId));
	}

	private static RunThroughFormKind editKind(RunThroughView runThrough) {
		return runThrough.isPlanned() ? RunThroughFormKind.EDIT_PLAN : RunThroughFormKind.EDIT_LOG;
	}

	/** What a form does with the details it sends. */
	@FunctionalInterface
	private interface Saving {

		void save(RunThroughDetails details);

	}

}
