package org.liminal.participants.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.Attendance;
import org.liminal.participants.AttendanceConflict;
import org.liminal.participants.AttendanceEntry;
import org.liminal.participants.NextStep;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.Registration;
import org.liminal.participants.RegistrationNotFound;
import org.liminal.participants.Team;
import org.liminal.participants.Teams;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingView;
import org.liminal.web.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a training, on one plain form: who attended (check-ins pre-fill it) and each attendee's next step. Managers
 * record it from the first day; the training's team reads it.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}/attendance")
class AttendanceController {

	/** Rows a sheet may bind: well beyond any training's capacity, short of an unbounded list. */
	private static final int MAX_ROWS = 5000;

	private final ParticipantAccess access;

	private final Attendance attendance;

	private final Teams teams;

	AttendanceController(ParticipantAccess access, Attendance attendance, Teams teams) {
		this.access = access;
		this.attendance = attendance;
		this.teams = teams;
	}

	@InitBinder("attendanceForm")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
	}

	@GetMapping
	String sheet(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Model model) {
		TrainingView training = access.requireTeam(current, principal, trainingId);
		List<Registration> expected = attendance.expected(trainingId);
		model.addAttribute("attendanceForm", AttendanceForm.of(expected));
		return page(model, training, expected, access.mayManage(current, principal.accountId(), training));
	}

	@PostMapping
	String save(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@ModelAttribute("attendanceForm") AttendanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TrainingView training = access.requireManager(current, principal, trainingId);
		List<AttendanceEntry> entries = form.entries(result);
		if (!result.hasErrors()) {
			try {
				attendance.record(trainingId, entries);
				redirect.addFlashAttribute("flashSuccess", "attendance.saved");
				return "redirect:/" + current.organization().slug() + "/trainings/" + trainingId + "/attendance";
			}
			catch (AttendanceConflict conflict) {
				// Keep what this person entered, show what is saved now for the rows changed meanwhile; saving again
				// applies theirs.
				Refusals.reject(result, conflict);
				model.addAttribute("conflicts", conflict.registrationIds());
			}
			catch (ParticipantsChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
		}
		List<Registration> expected = attendance.expected(trainingId);
		Set<UUID> known = new HashSet<>();
		expected.forEach(registration -> known.add(registration.id()));
		if (form.getRows().stream().anyMatch(row -> !known.contains(row.getRegistrationId()))) {
			throw new RegistrationNotFound();
		}
		if (model.getAttribute("conflicts") instanceof Set<?> conflicts) {
			expected.stream()
				.filter(registration -> conflicts.contains(registration.id()))
				.forEach(registration -> form.getRows()
					.stream()
					.filter(row -> row.getRegistrationId().equals(registration.id()))
					.forEach(row -> row.setVersion(registration.version())));
		}
		return page(model, training, expected, true);
	}

	private String page(Model model, TrainingView training, List<Registration> expected, boolean mayManage) {
		List<Team> active = teams.activeOf(training.chapter().id());
		Set<UUID> chosen = new HashSet<>();
		expected.stream().map(Registration::nextStepTeamId).filter(Objects::nonNull).forEach(chosen::add);
		active.forEach(team -> chosen.remove(team.id()));
		Map<UUID, Team> teamsById = new LinkedHashMap<>();
		active.forEach(team -> teamsById.put(team.id(), team));
		teamsById.putAll(teams.byId(chosen));
		Map<UUID, Person> people = new LinkedHashMap<>();
		expected.forEach(registration -> people.put(registration.id(), Person.of(registration, teamsById)));
		boolean open = attendance.isOpen(training);
		boolean recorded = expected.stream().anyMatch(registration -> registration.attended() != null);
		model.addAttribute("training", training);
		model.addAttribute("people", people);
		model.addAttribute("teamOptions", new ArrayList<>(teamsById.values()));
		model.addAttribute("open", open);
		model.addAttribute("editable", open && mayManage);
		model.addAttribute("held", training.status() == TrainingStatus.SCHEDULED || training.status() == TrainingStatus.COMPLETED);
		model.addAttribute("markAsHeld", recorded && training.canComplete() && mayManage);
		model.addAttribute("attendedCount", expected.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count());
		return "participants/attendance";
	}

	/** The message key of a next step's name. */
	static String stepKey(NextStep step) {
		if (step == null) {
			return "nextStep.none";
		}
		return switch (step) {
			case TEAM -> "nextStep.team";
			case DAY_OF_VOLUNTEER -> "nextStep.dayOfVolunteer";
			case UPGRADE_TRAINING -> "nextStep.upgradeTraining";
			case NOT_NOW -> "nextStep.notNow";
		};
	}

	/**
	 * Someone on the sheet as saved.
	 *
	 * @param stepKey the message key of their next step's name
	 * @param teamName the team they chose, when they chose one
	 */
	record Person(Registration registration, String stepKey, String teamName) {

		static Person of(Registration registration, Map<UUID, Team> teams) {
			Team team = registration.nextStepTeamId() == null ? null : teams.get(registration.nextStepTeamId());
			return new Person(registration, AttendanceController.stepKey(registration.nextStep()), team == null ? null : team.name());
		}

		public boolean erased() {
			return registration.erasedAt() != null;
		}

	}

}
