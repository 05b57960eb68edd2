package org.liminal.coaching.web;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughNotFound;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.Post;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.liminal.web.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * Who may see, plan, log and change a training's run-throughs.
 * <ul>
 * <li>See: organizers, the leads of the training's chapter, its team and every coach.</li>
 * <li>Plan: organizers, the chapter's leads and the training's lead trainer.</li>
 * <li>Log: those who plan, the training's coach and any coach on a trainer's behalf, and a trainer of the team who
 * presents in it (a trainer logs their own).</li>
 * <li>Change (edit, log as held, cancel): whoever may log it, and whoever planned or logged it.</li>
 * </ul>
 * Anyone else of the organization is told they may not (403), except that the lead of another chapter finds
 * nothing (404), as with that chapter's trainings and checklists. Another organization's training, or a
 * run-through of another training than the one in the address, is not found.
 */
@Component
class RunThroughAccess {

	private final Trainings trainings;

	private final RunThroughs runThroughs;

	RunThroughAccess(Trainings trainings, RunThroughs runThroughs) {
		this.trainings = trainings;
		this.runThroughs = runThroughs;
	}

	/** The training, when this person may see its run-throughs. */
	TrainingView requireVisible(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		TrainingView training = trainings.training(trainingId);
		if (!maySee(current, principal.accountId(), training)) {
			throw refusal(current, principal.accountId(), training);
		}
		return training;
	}

	/** The training, when this person may plan its run-throughs. */
	TrainingView requirePlanner(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		TrainingView training = trainings.training(trainingId);
		if (!mayPlan(current, principal.accountId(), training)) {
			throw refusal(current, principal.accountId(), training);
		}
		return training;
	}

	/** The training, when this person may log a run-through of it. */
	TrainingView requireLogger(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		TrainingView training = trainings.training(trainingId);
		if (!mayLog(current, principal.accountId(), training)) {
			throw refusal(current, principal.accountId(), training);
		}
		return training;
	}

	/** The run-through, when it is one of this training's; "not found" otherwise. */
	RunThroughView runThroughOf(TrainingView training, UUID runThroughId) {
		RunThroughView runThrough = runThroughs.runThrough(runThroughId);
		if (!runThrough.trainingId().equals(training.id())) {
			throw new RunThroughNotFound();
		}
		return runThrough;
	}

	/** The training and its run-through, when this person may change the run-through. */
	Change requireChangeable(CurrentMembership current, MemberPrincipal principal, UUID trainingId,
			UUID runThroughId) {
		TrainingView training = trainings.training(trainingId);
		RunThroughView runThrough = runThroughOf(training, runThroughId);
		if (!mayChange(current, principal.accountId(), training, runThrough)) {
			throw refusal(current, principal.accountId(), training);
		}
		return new Change(training, runThrough);
	}

	boolean maySee(CurrentMembership current, UUID me, TrainingView training) {
		return current.isOrganizer() || leads(current, me, training) || onTeam(me, training) || current.isCoach();
	}

	boolean mayPlan(CurrentMembership current, UUID me, TrainingView training) {
		return current.isOrganizer() || leads(current, me, training) || holds(me, training, Post.LEAD_TRAINER);
	}

	/** Whether this person may log run-throughs of the training, some of them only if they present in it. */
	boolean mayLog(CurrentMembership current, UUID me, TrainingView training) {
		return logsForOthers(current, me, training) || onTeam(me, training);
	}

	boolean mayChange(CurrentMembership current, UUID me, TrainingView training, RunThroughView runThrough) {
		return logsForOthers(current, me, training) || me.equals(runThrough.plannedBy())
				|| me.equals(runThrough.loggedBy()) || onTeam(me, training) && runThrough.presents(me);
	}

	/**
	 * Whether these parts are ones this person may put their name to: anyone who logs for others may; a trainer of
	 * the team only among the presenters, unless they planned or logged the run-through being changed.
	 *
	 * @param runThrough the run-through being changed, or {@code null} for a new one
	 */
	boolean mayPresentAs(CurrentMembership current, UUID me, TrainingView training, RunThroughView runThrough,
			Collection<Presentation> parts) {
		if (logsForOthers(current, me, training)
				|| runThrough != null && (me.equals(runThrough.plannedBy()) || me.equals(runThrough.loggedBy()))) {
			return true;
		}
		return parts.stream().anyMatch(part -> part.presenterId().equals(me));
	}

	/** Those who log on a trainer's behalf: planners, the training's coach and every coach. */
	private boolean logsForOthers(CurrentMembership current, UUID me, TrainingView training) {
		return mayPlan(current, me, training) || current.isCoach() || holds(me, training, Post.COACH);
	}

	private static boolean leads(CurrentMembership current, UUID me, TrainingView training) {
		return current.isChapterLead() && training.chapter().isLedBy(me);
	}

	private static boolean onTeam(UUID me, TrainingView training) {
		return training.team().stream().filter(StaffedSeat::isFilled).anyMatch(seat -> seat.holder().accountId().equals(me));
	}

	private static boolean holds(UUID me, TrainingView training, Post post) {
		return training.seatsOf(post)
			.stream()
			.filter(StaffedSeat::isFilled)
			.anyMatch(seat -> Objects.equals(seat.holder().accountId(), me));
	}

	/** A run-through someone may change, with its training. */
	record Change(TrainingView training, RunThroughView runThrough) {
	}

	private static RuntimeException refusal(CurrentMembership current, UUID me, TrainingView training) {
		if (current.isChapterLead() && !training.chapter().isLedBy(me)) {
			return new TrainingNotFound();
		}
		return new NotAllowed();
	}

}
