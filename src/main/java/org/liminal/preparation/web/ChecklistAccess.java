package org.liminal.preparation.web;

import java.util.UUID;

import org.liminal.chapters.ChapterNotFound;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.preparation.ChecklistItemNotFound;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.stereotype.Component;

/**
 * Who may work a training's checklist: organizers, the leads of its chapter and the people on its team. The
 * security configuration lets every member post to checklists, because plain trainers on the team must tick their
 * tasks; everyone else finds nothing to change there (404), like a training of another organization.
 */
@Component
class ChecklistAccess {

	private final Trainings trainings;

	private final Chapters chapters;

	ChecklistAccess(Trainings trainings, Chapters chapters) {
		this.trainings = trainings;
		this.chapters = chapters;
	}

	boolean mayWork(CurrentMembership current, MemberPrincipal principal, TrainingView training) {
		UUID me = principal.accountId();
		return current.isOrganizer() || current.isChapterLead() && training.chapter().isLedBy(me)
				|| training.team().stream().filter(StaffedSeat::isFilled).anyMatch(seat -> seat.holder().accountId().equals(me));
	}

	/** The training, if this person may work its checklist; "not found" otherwise. */
	TrainingView requireWorkable(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		TrainingView training = trainings.training(trainingId);
		if (!mayWork(current, principal, training)) {
			throw new ChecklistItemNotFound();
		}
		return training;
	}

	/** The chapter, if this person sees its preparation (organizers and its leads); "not found" otherwise. */
	ChapterView requirePreparationOf(CurrentMembership current, MemberPrincipal principal, UUID chapterId) {
		ChapterView chapter = chapters.chapter(chapterId);
		if (!current.isOrganizer() && !(current.isChapterLead() && chapter.isLedBy(principal.accountId()))) {
			throw new ChapterNotFound();
		}
		return chapter;
	}

}
