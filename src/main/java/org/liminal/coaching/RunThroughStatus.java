package org.liminal.coaching;

import java.util.Locale;

/** Where a run-through is in its life. */
public enum RunThroughStatus {

	/** On the calendar and the checklist, not held yet. */
	PLANNED,

	/** Held and logged, with its actual timing. */
	HELD,

	/** A planned run-through that will not happen. */
	CANCELLED;

	public String messageKey() {
		return "runThrough.status." + name().toLowerCase(Locale.ROOT);
	}

}
