package org.liminal.pathway;

import java.util.Locale;

/** How a qualification came to be granted. */
public enum GrantSource {

	/** By a coach or organizer, on the person's profile. */
	GRANTED,

	/** By a coach or organizer, from the "ready to recognize" list. */
	SUGGESTION,

	/** Automatically, for attending a completed training of the kind's program. */
	ATTENDANCE,

	/** A new grant replacing an expired one. */
	RENEWAL;

	public String messageKey() {
		return "pathway.source." + name().toLowerCase(Locale.ROOT);
	}

}
