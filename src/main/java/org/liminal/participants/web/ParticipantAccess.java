package org.liminal.participants.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.liminal.web.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a training's participants.
 * <ul>
 * <li>See the registrations and welcome people at the door (check-in, walk-ins): organizers, the leads of the
 * training's chapter, and its team (trainers, coach, day-of roles such as the welcomers).</li>
 * <li>Manage them (add, move, cancel, export; attendance and next steps): organizers and the chapter's leads.</li>
 * </ul>
 * Anyone else of the organization is told they may not (403), except that the lead of another chapter finds
 * nothing (404), as with that chapter's trainings.
 */
@Component
class ParticipantAccess {

	private final Trainings trainings;

	ParticipantAccess(Trainings trainings) {
		this.trainings = trainings;
	}

	/** The training, when this person may see its registrations and check people in. */
	TrainingView requireTeam(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		TrainingView training = trainings.training(trainingId);
		if (!mayManage(current, principal.accountId(), training) && !onTeam(principal.accountId(), training)) {
			throw refusal(current, principal.accountId(), training);
		}
		return training;
	}

	/** The training, when this person may manage its participants. */
	TrainingView requireManager(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		TrainingView training = trainings.training(trainingId);
		if (!mayManage(current, principal.accountId(), training)) {
			throw refusal(current, principal.accountId(), training);
		}
		return training;
	}

	boolean mayManage(CurrentMembership current, UUID me, TrainingView training) {
		return current.isOrganizer() || current.isChapterLead() && training.chapter().isLedBy(me);
	}

	private static boolean onTeam(UUID me, TrainingView training) {
		return training.team()
			.stream()
			.filter(StaffedSeat::isFilled)
			.anyMatch(seat -> seat.holder().accountId().equals(me));
	}

	private static RuntimeException refusal(CurrentMembership current, UUID me, TrainingView training) {
		if (current.isChapterLead() && !training.chapter().isLedBy(me)) {
			return new TrainingNotFound();
		}
		return new NotAllowed();
	}

	/** Whether this person sees the training's registrations: its managers and its team. */
	boolean maySee(CurrentMembership current, UUID me, TrainingView training) {
		return mayManage(current, me, training) || onTeam(me, training);
	}

}
