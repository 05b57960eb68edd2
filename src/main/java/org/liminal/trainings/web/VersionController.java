package org.liminal.trainings.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liminal.curriculum.CurriculumItemNotFound;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ProgramOverview;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingChangeRefused;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.liminal.trainings.VersionMove;
import org.liminal.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving an upcoming training to a newer version of its program: the page shows which seats the newer
 * version no longer has (and who would leave the team) before anything changes.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}/version")
class VersionController {

	private final Trainings trainings;

	private final Programs programs;

	private final TrainingAccess access;

	private final SeatLabels labels;

	private final MessageSource messages;

	VersionController(Trainings trainings, Programs programs, TrainingAccess access, SeatLabels labels,
			MessageSource messages) {
		this.trainings = trainings;
		this.programs = programs;
		this.access = access;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping
	String preview(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@RequestParam Optional<Integer> to, Locale locale, Model model, RedirectAttributes redirect) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		ProgramOverview overview = programs.overview(training.programId());
		List<ProgramOverview.PublishedVersion> newer = overview.versions()
			.stream()
			.filter(version -> version.number() > training.versionNumber())
			.toList();
		if (newer.isEmpty() || !training.isUpcoming()) {
			redirect.addFlashAttribute("flashError", "training.error.noNewerVersion");
			return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
		}
		int number = to.filter(n -> newer.stream().anyMatch(v -> v.number() == n)).orElse(newer.get(0).number());
		VersionMove move = trainings.previewMove(trainingId, versionId(training, number));
		model.addAttribute("training", training);
		model.addAttribute("newer", newer);
		model.addAttribute("number", number);
		model.addAttribute("unmapped", describe(move.unmapped(), locale));
		return "trainings/version";
	}

	@PostMapping
	String move(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, @RequestParam(defaultValue = "0") int number,
			@RequestParam long version, Locale locale, RedirectAttributes redirect) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		try {
			VersionMove move = trainings.moveToVersion(trainingId, versionId(training, number), version);
			redirect.addFlashAttribute("flashSuccess", "training.movedToVersion");
			redirect.addFlashAttribute("unmappedSeats", describe(move.unmapped(), locale));
		}
		catch (TrainingChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "training.error.conflict");
		}
		return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
	}

	private UUID versionId(TrainingView training, int number) {
		try {
			CurriculumView version = programs.published(training.programId(), number);
			return version.versionId();
		}
		catch (CurriculumItemNotFound noSuchVersion) {
			throw new TrainingChangeRefused(null, "training.error.notNewer");
		}
	}

	/** "Theory of change (trainer 1): Ben Ortiz", as plain text that survives the redirect. */
	private List<String> describe(List<StaffedSeat> seats, Locale locale) {
		return seats.stream()
			.map(seat -> messages.getMessage("training.version.freed",
					new Object[] { labels.label(seat.plan(), locale), seat.holder() == null ? "" : seat.holder().name() },
					locale))
			.toList();
	}

}
