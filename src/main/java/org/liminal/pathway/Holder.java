package org.liminal.pathway;

import java.util.Locale;
import java.util.UUID;

/**
 * Whom a qualification is granted to. People are one per email: participants have no account, members have one.
 *
 * @param email lower-cased
 * @param accountId the member's account, or null for someone without one
 */
record Holder(String email, String name, UUID accountId) {

	static final int MAX_NAME_LENGTH = 200;

	/** A holder with a tidy email and a name that fits (the email when the name is blank). */
	static Holder of(String email, String name, UUID accountId) {
		String tidyEmail = email.strip().toLowerCase(Locale.ROOT);
		String tidyName = name == null || name.isBlank() ? tidyEmail : name.strip();
		if (tidyName.length() > MAX_NAME_LENGTH) {
			tidyName = tidyName.substring(0, MAX_NAME_LENGTH);
		}
		return new Holder(tidyEmail, tidyName, accountId);
	}

}
