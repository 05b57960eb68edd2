package org.liminal.participants;

import java.util.Locale;

/**
 * What a staff list looks for among a training's registrations.
 *
 * @param text part of a name or email, any case; blank for everyone
 */
public record RegistrationSearch(String text, RegistrationFilter filter) {

	/** Longer searches are cut: nobody types a name or an email longer than that. */
	public static final int MAX_TEXT = 100;

	public RegistrationSearch {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		filter = filter == null ? RegistrationFilter.ACTIVE : filter;
	}

	public boolean hasText() {
		return !text.isEmpty();
	}

	/** A LIKE pattern matching the text anywhere, its own wildcards taken literally. */
	String pattern() {
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
