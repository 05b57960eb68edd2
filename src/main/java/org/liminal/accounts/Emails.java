package org.liminal.accounts;

import java.util.Locale;

final class Emails {

	private Emails() {
	}

	/** Email addresses compare case-insensitively; stored trimmed and lower-case. */
	static String normalize(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
