package org.liminal.coaching;

import java.util.Locale;

/** A coach's conclusion about one presenter's module. */
public enum Verdict {

	/** Signed off: deliver it as rehearsed. */
	READY,

	/** Signed off, with changes the trainer makes on their own. */
	READY_WITH_CHANGES,

	/** Not yet: rehearse it again and be watched again. */
	ANOTHER_RUN_THROUGH;

	/** Whether the module counts as signed off for its training's readiness. */
	public boolean signsOff() {
		return this != ANOTHER_RUN_THROUGH;
	}

	public String messageKey() {
		return "verdict." + name().toLowerCase(Locale.ROOT);
	}

	public String cssClass() {
		return "verdict-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
