package org.liminal.coaching;

import java.util.Locale;

/** Where a run-through happens. */
public enum RunThroughFormat {

	IN_PERSON,

	ONLINE;

	public String messageKey() {
		return "runThrough.format." + name().toLowerCase(Locale.ROOT);
	}

}
