package org.liminal.organizations;

import java.util.Set;
import java.util.UUID;

/** A membership as other modules see it. */
public record Member(UUID membershipId, UUID accountId, Set<OrganizationRole> roles, long version) {
}
