package org.liminal.participants;

import java.util.Locale;

/**
 * What a newcomer tells us when signing up. Text comes stripped and the email lower-case: the same address
 * however it is typed is the same person.
 */
public record SignUpDetails(String name, String email, String phone, String accessNeeds, String heardFrom,
		boolean consent) {

	public static final int MAX_NAME = 120;

	public static final int MAX_EMAIL = 254;

	public static final int MAX_PHONE = 40;

	public static final int MAX_ACCESS_NEEDS = 1000;

	public static final int MAX_HEARD_FROM = 200;

	public SignUpDetails {
		name = stripped(name);
		email = stripped(email).toLowerCase(Locale.ROOT);
		phone = stripped(phone);
		accessNeeds = stripped(accessNeeds);
		heardFrom = stripped(heardFrom);
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

}
