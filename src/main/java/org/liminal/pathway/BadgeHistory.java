package org.liminal.pathway;

import java.util.List;
import java.util.UUID;

/**
 * Everything one person was granted of one kind (for one module): the current grant, if any, and the earlier
 * ones, newest first.
 *
 * @param moduleTitle the module's title, or null for a general kind
 */
public record BadgeHistory(QualificationKindView kind, UUID moduleKey, String moduleTitle, List<GrantRecord> grants) {

	public BadgeHistory {
		grants = List.copyOf(grants);
	}

	/** The grant held now, or null when the last one was revoked. */
	public GrantRecord current() {
		return grants.stream().filter(GrantRecord::isCurrent).findFirst().orElse(null);
	}

	public boolean isHeld() {
		return current() != null;
	}

}
