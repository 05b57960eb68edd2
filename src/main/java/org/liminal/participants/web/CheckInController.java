package org.liminal.participants.web;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.CheckIn;
import org.liminal.participants.CheckIns;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.Registration;
import org.liminal.participants.RegistrationFilter;
import org.liminal.participants.RegistrationLists;
import org.liminal.participants.RegistrationNotFound;
import org.liminal.participants.RegistrationPage;
import org.liminal.participants.RegistrationRow;
import org.liminal.participants.RegistrationSearch;
import org.liminal.participants.Registrations;
import org.liminal.trainings.TrainingView;
import org.liminal.web.Refusals;
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
 * The welcomer's screen at the door, made for a phone: find someone by name or email, check them in (or undo) with
 * one button, register a walk-in, and the counts. Plain forms, so it works without JavaScript; several welcomers
 * use it at once. The printable sign-in sheet is the fallback when the network is not.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}/check-in")
class CheckInController {

	static final int PAGE_SIZE = 50;

	/** Empty lines on the sign-in sheet for walk-ins: a tenth of the seats, at least ten. */
	static final int MIN_BLANK_LINES = 10;

	private static final String WALK_IN_FORM = "walkInForm";

	/** When someone was checked in, on the chapter's clock. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final ParticipantAccess access;

	private final RegistrationLists lists;

	private final Registrations registrations;

	private final CheckIns checkIns;

	private final Accounts accounts;

	CheckInController(ParticipantAccess access, RegistrationLists lists, Registrations registrations,
			CheckIns checkIns, Accounts accounts) {
		this.access = access;
		this.lists = lists;
		this.registrations = registrations;
		this.checkIns = checkIns;
		this.accounts = accounts;
	}

	@GetMapping
	String screen(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page, Model model) {
		TrainingView training = access.requireTeam(current, principal, trainingId);
		model.addAttribute(WALK_IN_FORM, new WalkInForm());
		return screen(training, q, pageNumber(page), model);
	}

	@PostMapping("/{registrationId}")
	String checkIn(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID registrationId, @RequestParam(defaultValue = "") String q,
			RedirectAttributes redirect) {
		TrainingView training = access.requireTeam(current, principal, trainingId);
		registrationOf(trainingId, registrationId);
		try {
			announce(checkIns.checkIn(registrationId, principal.accountId()), training, redirect);
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		return backToScreen(current, trainingId, q, redirect);
	}

	@PostMapping("/{registrationId}/undo")
	String undo(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID registrationId, @RequestParam(defaultValue = "") String q,
			RedirectAttributes redirect) {
		access.requireTeam(current, principal, trainingId);
		Registration registration = registrationOf(trainingId, registrationId);
		try {
			checkIns.undo(registrationId);
			redirect.addFlashAttribute("flashSuccess", "checkIn.undone");
			redirect.addFlashAttribute("flashSuccessArgs", new Object[] { registration.name() });
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		return backToScreen(current, trainingId, q, redirect);
	}

	@PostMapping("/walk-ins")
	String walkIn(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@ModelAttribute(WALK_IN_FORM) WalkInForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TrainingView training = access.requireTeam(current, principal, trainingId);
		try {
			announce(checkIns.walkIn(trainingId, form.walkIn(), principal.accountId()), training, redirect);
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
			return screen(training, "", 1, model);
		}
		return backToScreen(current, trainingId, "", redirect);
	}

	/** The paper fallback: everyone with a seat by name, a signature column, and empty lines for walk-ins. */
	@GetMapping("/sheet")
	String sheet(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model) {
		TrainingView training = access.requireTeam(current, principal, trainingId);
		model.addAttribute("training", training);
		model.addAttribute("people", lists.seatedByName(trainingId));
		model.addAttribute("blankLines", Math.max(MIN_BLANK_LINES, training.details().capacity() / 10));
		return "participants/sign-in-sheet";
	}

	private String screen(TrainingView training, String q, int page, Model model) {
		RegistrationSearch search = new RegistrationSearch(q, RegistrationFilter.ACTIVE);
		RegistrationPage found = lists.page(training.id(), search, RegistrationLists.Order.NAME, page, PAGE_SIZE);
		Set<UUID> welcomers = found.rows()
			.stream()
			.map(RegistrationRow::checkedInBy)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, String> names = welcomers.isEmpty() ? Map.of()
				: accounts.findAll(welcomers)
					.values()
					.stream()
					.collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
		model.addAttribute("training", training);
		model.addAttribute("search", search);
		model.addAttribute("page", found);
		model.addAttribute("welcomers", names);
		model.addAttribute("headcount", lists.headcount(training));
		return "participants/check-in";
	}

	/** Says what happened, including "already checked in by … at …" when another welcomer was quicker. */
	private void announce(CheckIn checkIn, TrainingView training, RedirectAttributes redirect) {
		Registration registration = checkIn.registration();
		if (checkIn.already()) {
			String by = checkIn.by() == null ? "" : accounts.findAll(Set.of(checkIn.by()))
				.values()
				.stream()
				.map(AccountSummary::displayName)
				.findFirst()
				.orElse("");
			redirect.addFlashAttribute("flashSuccess", "checkIn.already");
			redirect.addFlashAttribute("flashSuccessArgs", new Object[] { registration.name(), by,
					TIME.format(checkIn.at().atZone(training.chapter().zone())) });
			return;
		}
		redirect.addFlashAttribute("flashSuccess", registration.walkIn() ? "checkIn.walkedIn" : "checkIn.done");
		redirect.addFlashAttribute("flashSuccessArgs", new Object[] { registration.name() });
	}

	private Registration registrationOf(UUID trainingId, UUID registrationId) {
		Registration registration = registrations.registration(registrationId);
		if (!registration.trainingId().equals(trainingId)) {
			throw new RegistrationNotFound();
		}
		return registration;
	}

	private static String backToScreen(CurrentMembership current, UUID trainingId, String q,
			RedirectAttributes redirect) {
		if (!q.isBlank()) {
			redirect.addAttribute("q", q);
		}
		return "redirect:/" + current.organization().slug() + "/trainings/" + trainingId + "/check-in";
	}

	/** A page number from the address; anything else (a mistyped address) is the first page. */
	static int pageNumber(String page) {
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
