package org.liminal.coaching;

import java.util.List;
import java.util.UUID;

/**
 * The feedback behind one coach's figures on the national dashboard.
 *
 * @param given what they submitted in the period, the latest first
 * @param drafts what they have in draft, whenever started, the latest started first
 */
public record CoachFeedback(UUID coachId, CoachingPeriod period, List<FeedbackView> given, List<FeedbackView> drafts) {

	public CoachFeedback {
		given = List.copyOf(given);
		drafts = List.copyOf(drafts);
	}

	/** The coach's figures, counted from these lists as the dashboard counts them. */
	public CoachingLoad load() {
		int trainers = (int) given.stream().map(FeedbackView::presenterId).distinct().count();
		return new CoachingLoad(coachId, given.size(), trainers, drafts.size());
	}

}
