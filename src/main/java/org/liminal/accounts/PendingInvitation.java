package org.liminal.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.liminal.organizations.OrganizationRole;

public record PendingInvitation(UUID id, String email, Set<OrganizationRole> roles, Instant expiresAt) {

	public LocalDate expiresOn() {
		return LocalDate.ofInstant(expiresAt, ZoneOffset.UTC);
	}

}
