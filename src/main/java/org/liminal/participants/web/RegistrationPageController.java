package org.liminal.participants.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.Registration;
import org.liminal.participants.RegistrationNotFound;
import org.liminal.participants.Registrations;
import org.liminal.trainings.PublicTraining;
import org.liminal.trainings.PublicTrainings;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.Trainings;
import org.liminal.web.Refusals;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A participant's private page, under the token of their registration: what they signed up for and where they
 * stand, what they told us (to change), and a way out. No account and no session; the address is the key, so it
 * is never cached, indexed, or sent on as a referrer. Changes redirect back here with a word in the address to
 * say what happened (a flash message would need a session).
 */
@Controller
@RequestMapping("/{org}/join/registrations/{registrationToken}")
class RegistrationPageController {

	private final Registrations registrations;

	private final PublicTrainings publicTrainings;

	private final Trainings trainings;

	private final Chapters chapters;

	RegistrationPageController(Registrations registrations, PublicTrainings publicTrainings, Trainings trainings,
			Chapters chapters) {
		this.registrations = registrations;
		this.publicTrainings = publicTrainings;
		this.trainings = trainings;
		this.chapters = chapters;
	}

	/** Every answer under the private address, redirects included, keeps the address to itself. */
	@ModelAttribute("org")
	String privately(@PathVariable String org, HttpServletResponse response) {
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Referrer-Policy", "no-referrer");
		return org;
	}

	@GetMapping
	String page(@PathVariable String registrationToken, @RequestParam(required = false) String done, Model model) {
		Registration registration = registration(registrationToken);
		model.addAttribute("registrationForm", MyRegistrationForm.of(registration));
		model.addAttribute("done", "updated".equals(done) || "cancelled".equals(done) ? done : null);
		return page(registration, model);
	}

	@PostMapping
	String update(@PathVariable String org, @PathVariable String registrationToken,
			@ModelAttribute("registrationForm") MyRegistrationForm form, BindingResult result, Model model) {
		Registration registration = registration(registrationToken);
		if (result.hasFieldErrors("version")) {
			return conflict(registration, model);
		}
		if (!result.hasErrors()) {
			try {
				registrations.update(registration.id(), form.details(registration.email()), form.getChapterId(),
						form.getVersion());
				return "redirect:/" + org + "/join/registrations/" + registrationToken + "?done=updated";
			}
			catch (ParticipantsChangeRefused refused) {
				if (refused.field() == null) {
					return conflict(registrations.registration(registration.id()), model);
				}
				Refusals.reject(result, refused);
			}
		}
		return page(registration, model);
	}

	/** The confirmation step before cancelling: a page of its own, so that no script is needed to ask. */
	@GetMapping("/cancel")
	String confirmCancel(@PathVariable String org, @PathVariable String registrationToken, Model model) {
		Registration registration = registration(registrationToken);
		if (registration.isCancelled()) {
			return "redirect:/" + org + "/join/registrations/" + registrationToken;
		}
		model.addAttribute("registration", registration);
		model.addAttribute("training", training(registration));
		return "participants/cancel-registration";
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable String org, @PathVariable String registrationToken,
			@RequestParam(required = false) Long version, Model model) {
		Registration registration = registration(registrationToken);
		if (version == null) {
			return conflict(registration, model);
		}
		try {
			registrations.cancel(registration.id(), version);
		}
		catch (ParticipantsChangeRefused refused) {
			return conflict(registrations.registration(registration.id()), model);
		}
		return "redirect:/" + org + "/join/registrations/" + registrationToken + "?done=cancelled";
	}

	private Registration registration(String token) {
		return registrations.byPrivateToken(token).orElseThrow(RegistrationNotFound::new);
	}

	private PublicTraining training(Registration registration) {
		return publicTrainings.one(registration.trainingId()).orElseThrow(RegistrationNotFound::new);
	}

	/** Someone else (or another tab) changed it first: the page as it stands now, saying so. */
	private String conflict(Registration current, Model model) {
		MyRegistrationForm fresh = MyRegistrationForm.of(current);
		model.addAttribute("registrationForm", fresh);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "registrationForm",
				new BeanPropertyBindingResult(fresh, "registrationForm"));
		model.addAttribute("conflict", true);
		return page(current, model);
	}

	private String page(Registration registration, Model model) {
		PublicTraining training = training(registration);
		boolean open = training.status() == TrainingStatus.SCHEDULED
				&& !training.lastDay().isBefore(trainings.today(training.zone()));
		List<ChapterView> all = chapters.all();
		model.addAttribute("registration", registration);
		model.addAttribute("training", training);
		model.addAttribute("open", open);
		model.addAttribute("changeable", open && !registration.isCancelled());
		model.addAttribute("waitlistPosition", registrations.waitlistPosition(registration));
		model.addAttribute("chapterName", all.stream()
			.filter(chapter -> chapter.id().equals(registration.chapterId()))
			.map(ChapterView::name)
			.findFirst()
			.orElse(""));
		model.addAttribute("chapters", chapterChoices(all, registration.chapterId()));
		// The video-call link is for those with a seat only: the waitlist and strangers never see it.
		model.addAttribute("onlineLink", registration.isConfirmed() && training.online()
				? publicTrainings.onlineLink(training.id()) : "");
		return "participants/registration";
	}

	/** The active chapters, with the participant's own first even if it is no longer active. */
	private static List<ChapterView> chapterChoices(List<ChapterView> all, UUID own) {
		return all.stream()
			.filter(chapter -> chapter.active() || chapter.id().equals(own))
			.sorted(Comparator.comparing((ChapterView chapter) -> !chapter.id().equals(own))
				.thenComparing(ChapterView::name))
			.toList();
	}

}
