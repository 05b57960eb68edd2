package org.liminal.participants;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a training: who attended (check-ins pre-fill it) and where each attendee goes next. Recording a next step
 * queues its follow-up letter, once per registration and choice.
 */
@Service
public class Attendance {

	private final JdbcClient jdbc;

	private final Trainings trainings;

	private final Teams teams;

	private final FollowUpLetters followUps;

	Attendance(JdbcClient jdbc, Trainings trainings, Teams teams, FollowUpLetters followUps) {
		this.jdbc = jdbc;
		this.trainings = trainings;
		this.teams = teams;
		this.followUps = followUps;
	}

	/** Whether attendance can be recorded: from the first day of a training that is held (or was). */
	public boolean isOpen(TrainingView training) {
		return (training.status() == TrainingStatus.SCHEDULED || training.status() == TrainingStatus.COMPLETED)
				&& !training.firstDay().isAfter(trainings.today(training.chapter().zone()));
	}

	/** The people expected on the day: confirmed registrations, walk-ins included, in arrival order. */
	@Transactional(readOnly = true)
	public List<Registration> expected(UUID trainingId) {
		return jdbc.sql("select " + Registrations.COLUMNS
				+ " from registration where training_id = ? and status = 'CONFIRMED' order by arrival")
			.param(trainingId)
			.query(Registrations::registration)
			.list();
	}

	/**
	 * Records attendance and next steps, all or nothing. Rows unchanged since they were read are left alone; a row
	 * someone else changed meanwhile refuses the whole save ({@link AttendanceConflict}). A refusal about one row
	 * names its field as {@code rows[i].choice}, {@code i} being the entry's index.
	 */
	@Transactional
	public void record(UUID trainingId, List<AttendanceEntry> entries) {
		TrainingView training = trainings.training(trainingId);
		if (!isOpen(training)) {
			throw new ParticipantsChangeRefused(null, "attendance.error.notOpen");
		}
		Map<UUID, Registration> saved = new LinkedHashMap<>();
		jdbc.sql("select " + Registrations.COLUMNS
				+ " from registration where training_id = ? and status = 'CONFIRMED' order by arrival for update")
			.param(trainingId)
			.query(Registrations::registration)
			.list()
			.forEach(registration -> saved.put(registration.id(), registration));
		Set<UUID> activeTeams = new HashSet<>();
		teams.activeOf(training.chapter().id()).forEach(team -> activeTeams.add(team.id()));
		List<Change> changes = new ArrayList<>();
		Set<UUID> conflicts = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			AttendanceEntry entry = entries.get(i);
			Registration registration = saved.get(entry.registrationId());
			if (registration == null) {
				throw new RegistrationNotFound();
			}
			AttendanceEntry sound = sound(entry, i, registration, activeTeams);
			if (!changes(registration, sound)) {
				continue;
			}
			if (registration.version() != sound.version()) {
				conflicts.add(registration.id());
			}
			changes.add(new Change(registration, sound));
		}
		if (!conflicts.isEmpty()) {
			throw new AttendanceConflict(conflicts);
		}
		Map<UUID, Team> teamsById = teams.byId(changes.stream()
			.map(change -> change.entry().teamId())
			.filter(Objects::nonNull)
			.toList());
		for (Change change : changes) {
			AttendanceEntry entry = change.entry();
			jdbc.sql("""
					update registration set attended = ?, next_step = ?, next_step_team_id = ?, version = version + 1
					where id = ? and version = ?""")
				.params(entry.attended(), entry.nextStep() == null ? null : entry.nextStep().name(), entry.teamId(),
						entry.registrationId(), entry.version())
				.update();
			if (entry.nextStep() != null) {
				Team team = entry.teamId() == null ? null : teamsById.get(entry.teamId());
				followUps.send(training, change.registration(), entry.nextStep(), team);
			}
		}
	}

	/**
	 * The entry as it can be saved: a next step only for someone who attended, a team only with the step of
	 * joining one, and only one of the chapter's active teams (or the one already chosen, should it be archived
	 * since).
	 */
	private static AttendanceEntry sound(AttendanceEntry entry, int index, Registration registration,
			Set<UUID> activeTeams) {
		String field = "rows[" + index + "].choice";
		if (entry.nextStep() != null && !entry.attended()) {
			throw new ParticipantsChangeRefused(field, "attendance.error.stepWithoutAttendance");
		}
		if (entry.nextStep() != NextStep.TEAM) {
			return new AttendanceEntry(entry.registrationId(), entry.attended(), entry.nextStep(), null, entry.version());
		}
		if (entry.teamId() == null || !activeTeams.contains(entry.teamId())
				&& !entry.teamId().equals(registration.nextStepTeamId())) {
			throw new ParticipantsChangeRefused(field, "attendance.error.team");
		}
		return entry;
	}

	private static boolean changes(Registration registration, AttendanceEntry entry) {
		return registration.attended() == null || registration.attended() != entry.attended()
				|| registration.nextStep() != entry.nextStep()
				|| !Objects.equals(registration.nextStepTeamId(), entry.teamId());
	}

	/** A registration as saved and what it becomes. */
	private record Change(Registration registration, AttendanceEntry entry) {
	}

}
