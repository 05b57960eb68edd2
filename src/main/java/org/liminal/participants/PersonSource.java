package org.liminal.participants;

import java.util.Locale;

/** What first brought a person to the organization. */
public enum PersonSource {

	/** They signed up (or walked in) for a training. */
	REGISTRATION,

	/** An organizer imported them from a list. */
	IMPORT;

	public String messageKey() {
		return "people.source." + name().toLowerCase(Locale.ROOT);
	}

}
