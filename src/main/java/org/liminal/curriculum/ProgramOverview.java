package org.liminal.curriculum;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A program with its history of published versions, newest first.
 *
 * @param latestNumber the latest published version's number, or {@code null} if never published
 * @param draftVersion the draft's optimistic-lock version, or {@code null} when there is no draft
 */
public record ProgramOverview(UUID programId, String name, Integer latestNumber, List<PublishedVersion> versions,
		Long draftVersion) {

	/** One published version: its number and when it was frozen. */
	public record PublishedVersion(int number, Instant publishedAt) {
	}

	public boolean hasDraft() {
		return draftVersion != null;
	}

	public boolean isPublished() {
		return latestNumber != null;
	}

}
