package org.liminal.participants;

import java.util.Locale;

/** Where a registration stands. */
public enum RegistrationStatus {

	/** Has a seat. */
	CONFIRMED,

	/** Waits for a seat, in arrival order. */
	WAITLISTED,

	/** Withdrawn: frees the seat for the first person waiting. */
	CANCELLED;

	public String messageKey() {
		return "registration.status." + name().toLowerCase(Locale.ROOT);
	}

}
