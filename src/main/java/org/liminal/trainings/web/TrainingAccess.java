package org.liminal.trainings.web;

import java.util.List;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.Trainings;
import org.springframework.stereotype.Component;

/**
 * Who may change which training: organizers change every training, chapter leads those of the chapters
 * they lead. For anyone else a training they may not change does not exist (404), so that a lead of one
 * chapter learns nothing by trying another chapter's addresses.
 */
@Component
class TrainingAccess {

	private final Trainings trainings;

	private final Chapters chapters;

	TrainingAccess(Trainings trainings, Chapters chapters) {
		this.trainings = trainings;
		this.chapters = chapters;
	}

	/** Refuses, as "not found", a change to a training outside the person's chapters. */
	void requireEditable(CurrentMembership current, MemberPrincipal principal, UUID trainingId) {
		if (!mayChangeChapter(current, principal, trainings.chapterOf(trainingId))) {
			throw new TrainingNotFound();
		}
	}

	boolean mayChange(CurrentMembership current, MemberPrincipal principal, ChapterView chapter) {
		return current.isOrganizer() || current.isChapterLead() && chapter.isLedBy(principal.accountId());
	}

	boolean mayChangeChapter(CurrentMembership current, MemberPrincipal principal, UUID chapterId) {
		return current.isOrganizer() || current.isChapterLead() && chapters.chapter(chapterId).isLedBy(principal.accountId());
	}

	/** The active chapters the person may schedule trainings in. */
	List<ChapterView> schedulableChapters(CurrentMembership current, MemberPrincipal principal) {
		return chapters.all()
			.stream()
			.filter(ChapterView::active)
			.filter(chapter -> mayChange(current, principal, chapter))
			.toList();
	}

}
