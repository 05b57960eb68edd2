package org.liminal.organizations;

import java.util.Set;

/**
 * The organization a request is for and the roles the signed-in person holds there.
 */
public record CurrentMembership(OrganizationSummary organization, Set<OrganizationRole> roles) {

	public static final String REQUEST_ATTRIBUTE = CurrentMembership.class.getName();

	public boolean has(OrganizationRole role) {
		return roles.contains(role);
	}

	public boolean isOrganizer() {
		return has(OrganizationRole.ORGANIZER);
	}

	public boolean isChapterLead() {
		return has(OrganizationRole.CHAPTER_LEAD);
	}

	public boolean isTrainer() {
		return has(OrganizationRole.TRAINER);
	}

	public boolean isCoach() {
		return has(OrganizationRole.COACH);
	}

}
