package org.liminal.chapters;

import java.util.Set;
import java.util.UUID;

import org.liminal.organizations.OrganizationRole;

/**
 * A member of the organization as chapter and training pages show them.
 *
 * @param poolChapterIds the chapters whose pool of trainers and coaches this person is in
 */
public record Person(UUID accountId, String name, String email, Set<OrganizationRole> roles,
		Set<UUID> poolChapterIds) {

	public boolean has(OrganizationRole role) {
		return roles.contains(role);
	}

	public boolean inPoolOf(UUID chapterId) {
		return poolChapterIds.contains(chapterId);
	}

}
