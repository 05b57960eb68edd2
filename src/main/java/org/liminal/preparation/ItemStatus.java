package org.liminal.preparation;

import java.util.Locale;

/** Where a checklist task stands. */
public enum ItemStatus {

	OPEN, DONE,

	/** Closed because the training was cancelled. */
	CANCELLED;

	public String messageKey() {
		return "checklist.status." + name().toLowerCase(Locale.ROOT);
	}

}
