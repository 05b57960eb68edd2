package org.liminal.participants.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUp;
import org.liminal.trainings.PublicTraining;
import org.liminal.trainings.PublicTrainings;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.Trainings;
import org.liminal.web.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A training's public sign-up page, under its unguessable token: no account, no session. The answer to a
 * sign-up is rendered at once rather than after a redirect, since submitting again is harmless (the same email
 * is the same registration) and a surge should cost one request per person.
 */
@Controller
@RequestMapping("/{org}/join/{signUpToken}")
class SignUpController {

	private static final Logger log = LoggerFactory.getLogger(SignUpController.class);

	private final PublicTrainings publicTrainings;

	private final Registrations registrations;

	private final Trainings trainings;

	private final Chapters chapters;

	private final SignUpThrottle throttle;

	SignUpController(PublicTrainings publicTrainings, Registrations registrations, Trainings trainings,
			Chapters chapters, SignUpThrottle throttle) {
		this.publicTrainings = publicTrainings;
		this.registrations = registrations;
		this.trainings = trainings;
		this.chapters = chapters;
		this.throttle = throttle;
	}

	/** The organization's address, for the page's links. */
	@ModelAttribute("org")
	String organization(@PathVariable String org) {
		return org;
	}

	@GetMapping
	String form(@PathVariable String signUpToken, Model model, HttpServletResponse response) {
		PublicTraining training = training(signUpToken);
		SignUpForm form = new SignUpForm();
		form.setChapterId(training.chapterId());
		model.addAttribute("signUpForm", form);
		return page(training, model, response);
	}

	@PostMapping
	String signUp(@PathVariable String signUpToken,
			@ModelAttribute("signUpForm") SignUpForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		PublicTraining training = training(signUpToken);
		if (!throttle.allows(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "60");
			model.addAttribute("training", training);
			return "participants/too-many";
		}
		if (form.isFromABot()) {
			// Told nothing different, so that it does not learn to leave the field empty; nothing is written.
			log.info("A sign-up for training {} filled the hidden field and was dropped", training.id());
			model.addAttribute("training", training);
			model.addAttribute("outcome", "dropped");
			return "participants/signed-up";
		}
		if (result.hasErrors()) {
			return page(training, model, response);
		}
		try {
			// The training as just read: not read and named a second time (docs/performance.md, "Surge sign-ups").
			SignUp signUp = registrations.signUp(training, form.details(), form.getChapterId(), locale);
			model.addAttribute("training", training);
			model.addAttribute("signUp", signUp);
			model.addAttribute("outcome", signUp.existing() ? "again" : signUp.registration().status().name());
			response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
			return "participants/signed-up";
		}
		catch (ParticipantsChangeRefused refused) {
			Refusals.reject(result, refused);
			return page(training, model, response);
		}
	}

	private PublicTraining training(String token) {
		return publicTrainings.byToken(token).orElseThrow(TrainingNotFound::new);
	}

	private String page(PublicTraining training, Model model, HttpServletResponse response) {
		model.addAttribute("training", training);
		boolean open = training.status() == TrainingStatus.SCHEDULED
				&& !training.lastDay().isBefore(trainings.today(training.zone()));
		model.addAttribute("open", open);
		if (open) {
			model.addAttribute("seats", registrations.seats(training.id()));
			model.addAttribute("chapters", chapterChoices(training));
		}
		response.setHeader("X-Robots-Tag", training.open() ? "all" : "noindex");
		return "participants/sign-up";
	}

	/** The active chapters, the training's first. */
	private List<ChapterName> chapterChoices(PublicTraining training) {
		UUID own = training.chapterId();
		return chapters.names()
			.stream()
			.filter(chapter -> chapter.active() || chapter.id().equals(own))
			.sorted((a, b) -> a.id().equals(own) ? -1 : b.id().equals(own) ? 1 : a.name().compareTo(b.name()))
			.toList();
	}

}
