package org.liminal.accounts;

import java.util.Set;

import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;

/**
 * What the person following an invitation link sees: for which organization, which roles, and
 * whether they already have an account.
 */
public record InvitationView(OrganizationSummary organization, String email, Set<OrganizationRole> roles,
		boolean usable, boolean accountExists) {
}
