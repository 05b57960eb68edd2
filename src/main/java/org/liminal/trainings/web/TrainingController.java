package org.liminal.trainings.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.PageFragment;
import org.liminal.trainings.TrainingChangeRefused;
import org.liminal.trainings.TrainingPageSection;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training page, for every member, and editing a training's place, audience and (while a draft) dates. */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}")
class TrainingController {

	private final Trainings trainings;

	private final Programs programs;

	private final TrainingAccess access;

	private final List<TrainingPageSection> sections;

	TrainingController(Trainings trainings, Programs programs, TrainingAccess access,
			List<TrainingPageSection> sections) {
		this.trainings = trainings;
		this.programs = programs;
		this.access = access;
		this.sections = sections;
	}

	@GetMapping
	String show(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, Locale locale, Model model) {
		TrainingView training = trainings.training(trainingId);
		model.addAttribute("training", training);
		model.addAttribute("editable", access.mayChange(current, principal, training.chapter()));
		model.addAttribute("languageName", Locale.forLanguageTag(training.details().language()).getDisplayLanguage(locale));
		model.addAttribute("sections", sections.stream()
			.map(section -> section.section(training, current, principal))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt(PageFragment::order))
			.toList());
		return "trainings/training";
	}

	@GetMapping("/edit")
	String edit(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, Locale locale, Model model) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		model.addAttribute("trainingForm", TrainingForm.of(training));
		return form(training, locale, model);
	}

	@PostMapping("/edit")
	String save(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @Valid @ModelAttribute("trainingForm") TrainingForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		boolean draft = training.status() == TrainingStatus.DRAFT;
		if (draft && form.getStartTimes().size() != training.days().size()) {
			result.reject("training.error.days", new Object[] { training.days().size() }, null);
		}
		if (!result.hasErrors()) {
			try {
				trainings.change(trainingId, draft ? Optional.of(form.dates()) : Optional.empty(), form.details(),
						form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "training.saved");
				return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
			}
			catch (TrainingChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException conflict) {
				result.reject("training.error.conflict");
				training = trainings.training(trainingId);
				form.setVersion(training.version());
				model.addAttribute("saved", training);
			}
		}
		return form(training, locale, model);
	}

	private String form(TrainingView training, Locale locale, Model model) {
		model.addAttribute("training", training);
		model.addAttribute("languages",
				ScheduleController.languages(programs.version(training.versionId()).orElseThrow(), locale));
		model.addAttribute("today", trainings.today(training.chapter().zone()));
		return "trainings/edit";
	}

}
