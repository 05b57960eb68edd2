package org.liminal.pathway;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A qualification someone holds now, as a badge: its kind's name and colour, the module for per-module kinds.
 *
 * @param moduleTitle the module's title, or null for a general kind
 * @param expiresOn null when it never expires
 * @param expired whether it had expired on the day it was read (it stays, marked, until renewed or revoked)
 */
public record Badge(UUID qualificationId, UUID accountId, UUID kindId, String kindName, BadgeColour colour,
		UUID moduleKey, String moduleTitle, LocalDate grantedOn, LocalDate expiresOn, boolean expired) {

	public boolean isPerModule() {
		return moduleKey != null;
	}

}
