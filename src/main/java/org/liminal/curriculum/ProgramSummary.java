package org.liminal.curriculum;

import java.util.UUID;

/**
 * A program in the organization's list.
 *
 * @param latestNumber the latest published version, or {@code null} if it was never published
 */
public record ProgramSummary(UUID programId, String name, PathwayLevel level, int lengthDays, Integer latestNumber,
		boolean hasDraft) {

	public boolean isPublished() {
		return latestNumber != null;
	}

}
