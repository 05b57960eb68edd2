package org.liminal.preparation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.liminal.coaching.Rehearsals;
import org.liminal.trainings.Staffing;

/**
 * Whether an upcoming training is on track, as one traffic light with the reasons behind it: its checklist, its
 * team, its rehearsals (every module run through and signed off), and its registrations against its seats. The
 * same summary serves the training page, lists and dashboards, and the daily run's at-risk alerts.
 *
 * @param daysToGo from the chapter's today to the first day
 */
public record Readiness(Level level, Progress checklist, Staffing staffing, Rehearsals rehearsals,
		RegistrationCount registrations, long daysToGo, List<Reason> reasons) {

	/** Within this many days, a team still missing trainers or day-of people puts the training at risk. */
	public static final int TEAM_DEADLINE_DAYS = 14;

	/** Within this many days, a checklist under {@link #CHECKLIST_TARGET_PERCENT} puts the training at risk. */
	public static final int CHECKLIST_DEADLINE_DAYS = 7;

	public static final int CHECKLIST_TARGET_PERCENT = 80;

	/**
	 * Within this many days, a presenter who has not run their module through needs attention; within
	 * {@link #TEAM_DEADLINE_DAYS} it puts the training at risk.
	 */
	public static final int RUN_THROUGH_NOTICE_DAYS = 28;

	/**
	 * Within this many days, a module run through but not signed off needs attention; within
	 * {@link #CHECKLIST_DEADLINE_DAYS} it puts the training at risk.
	 */
	public static final int SIGN_OFF_NOTICE_DAYS = 14;

	/**
	 * Within this many days, fewer than {@link #REGISTRATION_TARGET_PERCENT} of the seats taken needs attention.
	 * Never red: a thin sign-up is for outreach to fix (and walk-ins fill rooms), while red alerts the lead and coach
	 * about what the training cannot run without.
	 */
	public static final int REGISTRATION_NOTICE_DAYS = 14;

	public static final int REGISTRATION_TARGET_PERCENT = 50;

	/** The traffic light. */
	public enum Level {

		/** Green: nothing needs anyone's attention. */
		ON_TRACK,

		/** Amber: something slipped, with time left to catch up. */
		ATTENTION,

		/** Red: close to the day with something essential missing; the lead and coach are told. */
		AT_RISK;

		public String messageKey() {
			return "readiness.level." + name().toLowerCase(Locale.ROOT);
		}

		public String cssClass() {
			return "readiness-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** One reason for the light, as a message key with its arguments. */
	public record Reason(Level level, String messageKey, List<Object> arguments) {

		public Object[] argumentArray() {
			return arguments.toArray();
		}

	}

	public Readiness {
		reasons = List.copyOf(reasons);
	}

	/**
	 * Assesses an upcoming training from its checklist's progress, its team and their rehearsals, and its
	 * registrations.
	 */
	public static Readiness assess(Progress checklist, Staffing staffing, Rehearsals rehearsals,
			RegistrationCount registrations, long daysToGo) {
		List<Reason> reasons = new ArrayList<>();
		boolean teamDeadline = daysToGo <= TEAM_DEADLINE_DAYS;
		Level teamLevel = teamDeadline ? Level.AT_RISK : Level.ATTENTION;
		if (!staffing.leadTrainer()) {
			reasons.add(new Reason(teamLevel, "readiness.reason.noLeadTrainer", List.of()));
		}
		int modulesOpen = staffing.moduleSeats() - staffing.moduleSeatsFilled();
		if (modulesOpen > 0) {
			reasons.add(new Reason(teamLevel, "readiness.reason.modulesUnstaffed", List.of(modulesOpen)));
		}
		int rolesOpen = staffing.roleSeats() - staffing.roleSeatsFilled();
		if (rolesOpen > 0) {
			reasons.add(new Reason(teamLevel, "readiness.reason.rolesUnfilled", List.of(rolesOpen)));
		}
		if (!staffing.coach()) {
			reasons.add(new Reason(Level.ATTENTION, "readiness.reason.noCoach", List.of()));
		}
		if (daysToGo <= CHECKLIST_DEADLINE_DAYS && checklist.total() > 0
				&& checklist.percent() < CHECKLIST_TARGET_PERCENT) {
			reasons.add(new Reason(Level.AT_RISK, "readiness.reason.checklistBehind",
					List.of(checklist.percent(), CHECKLIST_TARGET_PERCENT)));
		}
		if (rehearsals.notRunThrough() > 0 && daysToGo <= RUN_THROUGH_NOTICE_DAYS) {
			reasons.add(new Reason(teamDeadline ? Level.AT_RISK : Level.ATTENTION, "readiness.reason.notRunThrough",
					List.of(rehearsals.notRunThrough())));
		}
		if (rehearsals.awaitingSignOff() > 0 && daysToGo <= SIGN_OFF_NOTICE_DAYS) {
			reasons.add(new Reason(daysToGo <= CHECKLIST_DEADLINE_DAYS ? Level.AT_RISK : Level.ATTENTION,
					"readiness.reason.notSignedOff", List.of(rehearsals.awaitingSignOff())));
		}
		if (daysToGo <= REGISTRATION_NOTICE_DAYS && registrations.percentTaken() < REGISTRATION_TARGET_PERCENT) {
			reasons.add(new Reason(Level.ATTENTION, "readiness.reason.fewRegistrations",
					List.of(registrations.confirmed(), registrations.capacity())));
		}
		if (checklist.overdue() > 0) {
			reasons.add(new Reason(Level.ATTENTION, "readiness.reason.overdue", List.of(checklist.overdue())));
		}
		Level level = reasons.stream().map(Reason::level).max(Enum::compareTo).orElse(Level.ON_TRACK);
		reasons.sort(Comparator.comparing(Reason::level).reversed());
		return new Readiness(level, checklist, staffing, rehearsals, registrations, daysToGo, reasons);
	}

	public boolean isAtRisk() {
		return level == Level.AT_RISK;
	}

}
