package org.liminal.participants.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.Registration;
import org.liminal.participants.RegistrationFilter;
import org.liminal.participants.RegistrationLists;
import org.liminal.participants.RegistrationNotFound;
import org.liminal.participants.RegistrationRow;
import org.liminal.participants.RegistrationSearch;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUp;
import org.liminal.participants.StaffSignUps;
import org.liminal.participants.Transfers;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.TrainingView;
import org.liminal.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A training's registrations for its staff: the list (search, filter, pages, counts) for its team, and for its
 * managers adding someone, moving someone to another training, cancelling, and the CSV export.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}")
class RegistrationsController {

	static final int PAGE_SIZE = 25;

	private static final String FORM = "registrationForm";

	private static final String MOVE_FORM = "moveForm";

	private final ParticipantAccess access;

	private final RegistrationLists lists;

	private final Registrations registrations;

	private final StaffSignUps staffSignUps;

	private final Transfers transfers;

	private final MessageSource messages;

	RegistrationsController(ParticipantAccess access, RegistrationLists lists, Registrations registrations,
			StaffSignUps staffSignUps, Transfers transfers, MessageSource messages) {
		this.access = access;
		this.lists = lists;
		this.registrations = registrations;
		this.staffSignUps = staffSignUps;
		this.transfers = transfers;
		this.messages = messages;
	}

	@GetMapping("/registrations")
	String list(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "1") String page, Model model) {
		TrainingView training = access.requireTeam(current, principal, trainingId);
		RegistrationSearch search = new RegistrationSearch(q, RegistrationFilter.parse(status));
		model.addAttribute("training", training);
		model.addAttribute("search", search);
		model.addAttribute("filters", RegistrationFilter.values());
		model.addAttribute("page", lists.page(trainingId, search, RegistrationLists.Order.ARRIVAL,
				CheckInController.pageNumber(page), PAGE_SIZE));
		model.addAttribute("headcount", lists.headcount(training));
		model.addAttribute("mayManage", access.mayManage(current, principal.accountId(), training));
		return "participants/registrations";
	}

	@GetMapping("/registrations/new")
	String newRegistration(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model) {
		TrainingView training = access.requireManager(current, principal, trainingId);
		model.addAttribute(FORM, new RegistrationForm());
		return newForm(training, model);
	}

	@PostMapping("/registrations")
	String add(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @ModelAttribute(FORM) RegistrationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TrainingView training = access.requireManager(current, principal, trainingId);
		SignUp signUp;
		try {
			signUp = staffSignUps.add(trainingId, form.details(), principal.accountId());
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
			return newForm(training, model);
		}
		Registration added = signUp.registration();
		if (signUp.existing()) {
			redirect.addFlashAttribute("flashSuccess", "registrations.existing");
			redirect.addFlashAttribute("flashSuccessArgs", new Object[] { added.email() });
			return redirectToList(current, trainingId, added.email(), RegistrationFilter.ACTIVE.name(), 1, redirect);
		}
		redirect.addFlashAttribute("flashSuccess",
				added.isConfirmed() ? "registrations.added" : "registrations.addedToWaitlist");
		redirect.addFlashAttribute("flashSuccessArgs", new Object[] { added.name(), signUp.waitlistPosition() });
		return redirectToList(current, trainingId, "", "", 1, redirect);
	}

	@GetMapping("/registrations/{registrationId}/move")
	String moveForm(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID registrationId, Model model) {
		TrainingView training = access.requireManager(current, principal, trainingId);
		Registration registration = registrationOf(trainingId, registrationId);
		MoveForm form = new MoveForm();
		form.setVersion(registration.version());
		model.addAttribute(MOVE_FORM, form);
		return moveForm(training, registration, model);
	}

	@PostMapping("/registrations/{registrationId}/move")
	String move(@ModelAttribute("current") CurrentMembership current, @AuthenticationPrincipal MemberPrincipal principal,
			@PathVariable UUID trainingId, @PathVariable UUID registrationId,
			@ModelAttribute(MOVE_FORM) MoveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TrainingView training = access.requireManager(current, principal, trainingId);
		Registration registration = registrationOf(trainingId, registrationId);
		Optional<TrainingSummary> destination = destination(trainingId, form.getTo());
		if (destination.isEmpty()) {
			result.rejectValue("to", "registrations.error.moveWhere");
			return moveForm(training, registration, model);
		}
		SignUp there;
		try {
			there = transfers.move(registrationId, destination.get().id(), form.getVersion());
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
			Registration latest = registrations.registration(registrationId);
			form.setVersion(latest.version());
			return moveForm(training, latest, model);
		}
		redirect.addFlashAttribute("flashSuccess",
				there.registration().isConfirmed() ? "registrations.moved" : "registrations.movedToWaitlist");
		redirect.addFlashAttribute("flashSuccessArgs", new Object[] { registration.name(),
				destination.get().programName(), destination.get().chapterName(), there.waitlistPosition() });
		return redirectToList(current, trainingId, "", "", 1, redirect);
	}

	@PostMapping("/registrations/{registrationId}/cancel")
	String cancel(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@PathVariable UUID registrationId, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "1") String page, RedirectAttributes redirect) {
		access.requireManager(current, principal, trainingId);
		Registration registration = registrationOf(trainingId, registrationId);
		try {
			registrations.cancel(registrationId, version);
			redirect.addFlashAttribute("flashSuccess", "registrations.cancelled");
			redirect.addFlashAttribute("flashSuccessArgs", new Object[] { registration.name() });
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		return redirectToList(current, trainingId, q, status, CheckInController.pageNumber(page), redirect);
	}

	/**
	 * The registrations the list shows, as CSV. Access needs are sensitive (health, disability): they leave the
	 * chapter in a file only when the manager asks for them.
	 */
	@GetMapping("/registrations.csv")
	ResponseEntity<byte[]> export(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "false") boolean accessNeeds, Locale locale) {
		TrainingView training = access.requireManager(current, principal, trainingId);
		List<RegistrationRow> rows = lists.all(trainingId, new RegistrationSearch(q, RegistrationFilter.parse(status)));
		Csv csv = new Csv();
		List<String> headers = new ArrayList<>(List.of(text("registrations.csv.name", locale),
				text("registrations.csv.email", locale), text("registrations.csv.phone", locale),
				text("registrations.csv.status", locale), text("registrations.csv.waitlistPosition", locale),
				text("registrations.csv.registeredAt", locale), text("registrations.csv.checkedInAt", locale),
				text("registrations.csv.walkIn", locale), text("registrations.csv.heardFrom", locale)));
		if (accessNeeds) {
			headers.add(text("registrations.csv.accessNeeds", locale));
		}
		csv.row(headers);
		DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(training.chapter().zone());
		for (RegistrationRow row : rows) {
			Registration r = row.registration();
			boolean erased = row.isErased();
			List<String> cells = new ArrayList<>(List.of(
					erased ? text("registrations.erased", locale) : r.name(), erased ? "" : r.email(),
					erased ? "" : r.phone(), text(r.status().messageKey(), locale),
					row.waitlistPosition() > 0 ? String.valueOf(row.waitlistPosition()) : "",
					when.format(r.createdAt()), r.checkedInAt() == null ? "" : when.format(r.checkedInAt()),
					r.walkIn() ? text("registrations.csv.yes", locale) : "", erased ? "" : r.heardFrom()));
			if (accessNeeds) {
				cells.add(erased ? "" : r.accessNeeds());
			}
			csv.row(cells);
		}
		String filename = "registrations-" + training.firstDay() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String newForm(TrainingView training, Model model) {
		model.addAttribute("training", training);
		return "participants/registration-new";
	}

	private String moveForm(TrainingView training, Registration registration, Model model) {
		model.addAttribute("training", training);
		model.addAttribute("registration", registration);
		model.addAttribute("destinations", transfers.destinations(training.id()));
		return "participants/move";
	}

	private Optional<TrainingSummary> destination(UUID trainingId, String to) {
		return transfers.destinations(trainingId)
			.stream()
			.filter(training -> training.id().toString().equals(to == null ? "" : to.strip()))
			.findFirst();
	}

	/** The registration, when it is one of this training's; anything else is not found. */
	private Registration registrationOf(UUID trainingId, UUID registrationId) {
		Registration registration = registrations.registration(registrationId);
		if (!registration.trainingId().equals(trainingId)) {
			throw new RegistrationNotFound();
		}
		return registration;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** Back to the list as it was: its search, filter and page travel as query parameters, encoded. */
	private static String redirectToList(CurrentMembership current, UUID trainingId, String q, String status,
			int page, RedirectAttributes redirect) {
		if (!q.isBlank()) {
			redirect.addAttribute("q", q);
		}
		if (!status.isBlank()) {
			redirect.addAttribute("status", status);
		}
		if (page > 1) {
			redirect.addAttribute("page", page);
		}
		return "redirect:/" + current.organization().slug() + "/trainings/" + trainingId + "/registrations";
	}

}
