package org.liminal.coaching.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liminal.chapters.Person;
import org.liminal.coaching.CoachingChangeRefused;
import org.liminal.coaching.FeedbackNotFound;
import org.liminal.coaching.FeedbackOccasion;
import org.liminal.coaching.FeedbackReader;
import org.liminal.coaching.FeedbackSubject;
import org.liminal.coaching.FeedbackView;
import org.liminal.coaching.Feedbacks;
import org.liminal.coaching.Rubrics;
import org.liminal.coaching.RunThroughs;
import org.liminal.coaching.Verdict;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.web.Refusals;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaches write feedback on a presenter's part of a held run-through or on a delivered training's module (the
 * security configuration lets only coaches reach the new-feedback form); the feedback's page shows it to whoever
 * may read it, and lets its presenter acknowledge it and reply once.
 */
@Controller
class FeedbackController {

	private final Feedbacks feedbacks;

	private final RunThroughs runThroughs;

	private final Rubrics rubrics;

	private final FeedbackRows rows;

	private final MessageSource messages;

	FeedbackController(Feedbacks feedbacks, RunThroughs runThroughs, Rubrics rubrics, FeedbackRows rows,
			MessageSource messages) {
		this.feedbacks = feedbacks;
		this.runThroughs = runThroughs;
		this.rubrics = rubrics;
		this.rows = rows;
		this.messages = messages;
	}

	@GetMapping("/{org}/feedback/new")
	String newFeedback(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @RequestParam Optional<UUID> runThrough,
			@RequestParam Optional<UUID> training, @RequestParam UUID module, @RequestParam UUID presenter,
			Model model, Locale locale, RedirectAttributes redirect) {
		UUID trainingId = runThrough.map(id -> runThroughs.runThrough(id).trainingId())
			.or(() -> training)
			.orElseThrow(FeedbackNotFound::new);
		FeedbackSubject subject = new FeedbackSubject(trainingId, runThrough.orElse(null), module, presenter);
		Optional<FeedbackView> existing = feedbacks.existing(subject, principal.accountId());
		if (existing.isPresent()) {
			return redirectToExisting(current, existing.get());
		}
		FeedbackOccasion occasion;
		try {
			occasion = feedbacks.occasion(subject);
		}
		catch (CoachingChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
			return "redirect:" + base(current) + "/trainings/" + trainingId
					+ runThrough.map(id -> "/run-throughs/" + id).orElse("");
		}
		model.addAttribute("feedbackForm", FeedbackForm.about(subject));
		return form(model, occasion, null, locale);
	}

	@PostMapping("/{org}/feedback")
	String start(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @ModelAttribute("feedbackForm") FeedbackForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (!form.isSubjectComplete()) {
			throw new FeedbackNotFound();
		}
		FeedbackSubject subject = form.subject();
		FeedbackOccasion occasion = feedbacks.occasion(subject);
		if (!result.hasErrors()) {
			try {
				UUID id = feedbacks.start(subject, principal.accountId(), form.content(), form.submits());
				return saved(current, id, form, redirect);
			}
			catch (CoachingChangeRefused refusal) {
				Optional<FeedbackView> existing = feedbacks.existing(subject, principal.accountId());
				if (existing.isPresent()) {
					Refusals.flash(redirect, refusal);
					return redirectToExisting(current, existing.get());
				}
				Refusals.reject(result, refusal);
			}
			catch (DataIntegrityViolationException twice) {
				// The same coach started it in another tab a moment ago.
				return feedbacks.existing(subject, principal.accountId())
					.map(existing -> redirectToExisting(current, existing))
					.orElseThrow(() -> twice);
			}
		}
		return form(model, occasion, null, locale);
	}

	@GetMapping("/{org}/feedback/{feedbackId}/edit")
	String edit(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID feedbackId, Model model,
			Locale locale, RedirectAttributes redirect) {
		FeedbackView feedback = ownDraft(current, principal, feedbackId);
		if (!feedback.isDraft()) {
			redirect.addFlashAttribute("flashError", "feedback.error.submitted");
			return "redirect:" + base(current) + "/feedback/" + feedbackId;
		}
		model.addAttribute("feedbackForm", FeedbackForm.of(feedback));
		return form(model, feedbacks.occasion(feedback.subject()), feedback, locale);
	}

	@PostMapping("/{org}/feedback/{feedbackId}/edit")
	String change(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID feedbackId,
			@ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		FeedbackView feedback = ownDraft(current, principal, feedbackId);
		if (!feedback.isDraft()) {
			redirect.addFlashAttribute("flashError", "feedback.error.submitted");
			return "redirect:" + base(current) + "/feedback/" + feedbackId;
		}
		if (!result.hasErrors()) {
			try {
				feedbacks.change(feedbackId, principal.accountId(), form.content(), form.getVersion(), form.submits());
				return saved(current, feedbackId, form, redirect);
			}
			catch (CoachingChangeRefused refusal) {
				Refusals.reject(result, refusal);
				if ("feedback.error.conflict".equals(refusal.messageKey())) {
					form.setVersion(ownDraft(current, principal, feedbackId).version());
				}
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep what this coach wrote; saving again applies it to the latest version.
				result.reject("feedback.error.conflict");
				form.setVersion(ownDraft(current, principal, feedbackId).version());
			}
		}
		return form(model, feedbacks.occasion(feedback.subject()), feedback, locale);
	}

	@GetMapping("/{org}/feedback/{feedbackId}")
	String show(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID feedbackId, Model model,
			Locale locale) {
		FeedbackView feedback = feedbacks.visibleTo(feedbackId, reader(current, principal));
		model.addAttribute("replyForm", new ReplyForm());
		return page(model, principal, feedback, locale);
	}

	@PostMapping("/{org}/feedback/{feedbackId}/acknowledge")
	String acknowledge(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID feedbackId,
			RedirectAttributes redirect) {
		feedbacks.visibleTo(feedbackId, reader(current, principal));
		try {
			feedbacks.acknowledge(feedbackId, principal.accountId());
			redirect.addFlashAttribute("flashSuccess", "feedback.acknowledged");
		}
		catch (CoachingChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		return "redirect:" + base(current) + "/feedback/" + feedbackId;
	}

	@PostMapping("/{org}/feedback/{feedbackId}/reply")
	String reply(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID feedbackId,
			@ModelAttribute("replyForm") ReplyForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		FeedbackView feedback = feedbacks.visibleTo(feedbackId, reader(current, principal));
		try {
			feedbacks.reply(feedbackId, principal.accountId(), form.getReply());
			redirect.addFlashAttribute("flashSuccess", "feedback.replySent");
			return "redirect:" + base(current) + "/feedback/" + feedbackId;
		}
		catch (CoachingChangeRefused refusal) {
			if (feedback.hasReply() || !principal.accountId().equals(feedback.presenterId())) {
				// No reply form to show it next to: the page says why.
				Refusals.flash(redirect, refusal);
				return "redirect:" + base(current) + "/feedback/" + feedbackId;
			}
			Refusals.reject(result, refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			result.reject("feedback.error.conflict");
		}
		return page(model, principal, feedbacks.visibleTo(feedback.id(), reader(current, principal)), locale);
	}

	static FeedbackReader reader(CurrentMembership current, MemberPrincipal principal) {
		return new FeedbackReader(principal.accountId(), current.roles());
	}

	private FeedbackView ownDraft(CurrentMembership current, MemberPrincipal principal, UUID feedbackId) {
		FeedbackView feedback = feedbacks.visibleTo(feedbackId, reader(current, principal));
		if (!principal.accountId().equals(feedback.coachId())) {
			throw new FeedbackNotFound();
		}
		return feedback;
	}

	private String saved(CurrentMembership current, UUID feedbackId, FeedbackForm form, RedirectAttributes redirect) {
		if (form.submits()) {
			redirect.addFlashAttribute("flashSuccess", "feedback.submittedNow");
			return "redirect:" + base(current) + "/feedback/" + feedbackId;
		}
		redirect.addFlashAttribute("flashSuccess", "feedback.draftSaved");
		return "redirect:" + base(current) + "/feedback/" + feedbackId + "/edit";
	}

	private static String redirectToExisting(CurrentMembership current, FeedbackView existing) {
		return "redirect:" + base(current) + "/feedback/" + existing.id() + (existing.isDraft() ? "/edit" : "");
	}

	private String form(Model model, FeedbackOccasion occasion, FeedbackView feedback, Locale locale) {
		Map<UUID, Person> people = rows.people();
		Person presenter = people.get(occasion.subject().presenterId());
		model.addAttribute("occasion", occasion);
		model.addAttribute("presenterName", presenter == null ? "" : presenter.name());
		model.addAttribute("date", FeedbackRows.date(occasion.date(), locale));
		model.addAttribute("criteria",
				CriterionText.of(rubrics.current(), messages, locale).stream().filter(c -> !c.retired()).toList());
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("feedback", feedback);
		return "coaching/feedback/form";
	}

	private String page(Model model, MemberPrincipal principal, FeedbackView feedback, Locale locale) {
		FeedbackRow row = rows.of(List.of(feedback), locale).stream().findFirst()
			.orElseThrow(FeedbackNotFound::new);
		model.addAttribute("row", row);
		model.addAttribute("criteria", CriterionText.of(rubrics.current(), messages, locale)
			.stream()
			.filter(criterion -> !criterion.retired() || feedback.scores().containsKey(criterion.key()))
			.toList());
		model.addAttribute("isPresenter", principal.accountId().equals(feedback.presenterId()));
		model.addAttribute("isCoach", principal.accountId().equals(feedback.coachId()));
		return "coaching/feedback/view";
	}

	private static String base(CurrentMembership current) {
		return "/" + current.organization().slug();
	}

}
