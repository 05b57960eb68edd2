package org.liminal.coaching.web;

import org.liminal.coaching.FeedbackView;

/**
 * A piece of feedback in lists and on its page, with the names it is about.
 *
 * @param coachName blank when the coach left the organization
 * @param trainingDates the training's dates in the reader's language
 * @param submitted when it was submitted, in the reader's language; blank for a draft
 */
record FeedbackRow(FeedbackView feedback, String programName, String chapterName, String trainingDates,
		String moduleTitle, String presenterName, String coachName, String submitted) {

	public String path() {
		return "/feedback/" + feedback.id();
	}

}
