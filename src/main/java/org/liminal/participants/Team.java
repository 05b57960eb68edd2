package org.liminal.participants;

import java.util.UUID;

/**
 * One of a chapter's teams, which newcomers can join after a training.
 *
 * @param contactName who welcomes newcomers to the team
 * @param contactEmail where the follow-up letter introduces them
 * @param archived no longer offered as a next step (kept for the people who chose it)
 * @param version guards concurrent edits
 */
public record Team(UUID id, UUID chapterId, String name, String purpose, String contactName, String contactEmail,
		boolean archived, long version) {

	public TeamDetails details() {
		return new TeamDetails(name, purpose, contactName, contactEmail);
	}

}
