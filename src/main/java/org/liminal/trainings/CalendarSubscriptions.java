package org.liminal.trainings;

import java.util.List;
import java.util.UUID;

/**
 * The calendar feeds a member may subscribe to: their own and every chapter's, each by its secret token.
 *
 * @param personalToken the token of the member's own feed (the trainings they are on the team of)
 */
public record CalendarSubscriptions(String personalToken, List<ChapterFeed> chapters) {

	public CalendarSubscriptions {
		chapters = List.copyOf(chapters);
	}

	/**
	 * @param mayRotate whether this member may replace the chapter's address: organizers and the chapter's leads
	 */
	public record ChapterFeed(UUID chapterId, String chapterName, boolean active, String token, boolean mayRotate) {
	}

}
