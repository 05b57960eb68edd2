package org.liminal.participants;

import java.util.Locale;

/** What chapter leads write about a team. Text comes stripped and the email lower-case. */
public record TeamDetails(String name, String purpose, String contactName, String contactEmail) {

	public static final int MAX_NAME = 120;

	public static final int MAX_PURPOSE = 1000;

	public static final int MAX_CONTACT_NAME = 120;

	public static final int MAX_CONTACT_EMAIL = 254;

	public TeamDetails {
		name = stripped(name);
		purpose = stripped(purpose);
		contactName = stripped(contactName);
		contactEmail = stripped(contactEmail).toLowerCase(Locale.ROOT);
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

}
