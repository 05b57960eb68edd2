package org.liminal.participants.web;

import java.util.List;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.PeopleScope;
import org.liminal.trainings.TrainingFinder;
import org.liminal.web.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * Whom the people pages show to whom. Organizers see everyone, members included. Chapter leads see only the
 * people registered for their own chapters' trainings: least privilege, since that is whom they follow up; the
 * rest of the organization is not theirs to browse. Anyone else may not open the directory (the security
 * configuration answers 403 before this is asked).
 */
@Component
class PeopleAccess {

	private final Chapters chapters;

	private final TrainingFinder trainings;

	PeopleAccess(Chapters chapters, TrainingFinder trainings) {
		this.chapters = chapters;
		this.trainings = trainings;
	}

	PeopleScope scopeOf(CurrentMembership current, MemberPrincipal principal) {
		if (current.isOrganizer()) {
			return PeopleScope.everyone();
		}
		if (current.isChapterLead()) {
			return PeopleScope.ofTrainings(trainings.idsOfChapters(
					chapters.ledBy(principal.accountId()).stream().map(ChapterView::id).toList()));
		}
		throw new NotAllowed();
	}

	/** The chapters the directory filters by: all of them for organizers, a lead's own. */
	List<ChapterView> chaptersOf(CurrentMembership current, MemberPrincipal principal) {
		return current.isOrganizer() ? chapters.all() : chapters.ledBy(principal.accountId());
	}

}
