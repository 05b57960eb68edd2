package org.liminal.coaching;

import java.util.Set;
import java.util.UUID;

import org.liminal.organizations.OrganizationRole;

/** Someone asking to read feedback, with their roles in the organization. */
public record FeedbackReader(UUID accountId, Set<OrganizationRole> roles) {

	public FeedbackReader {
		roles = Set.copyOf(roles);
	}

	public boolean isOrganizer() {
		return roles.contains(OrganizationRole.ORGANIZER);
	}

	public boolean isCoach() {
		return roles.contains(OrganizationRole.COACH);
	}

	public boolean isChapterLead() {
		return roles.contains(OrganizationRole.CHAPTER_LEAD);
	}

}
