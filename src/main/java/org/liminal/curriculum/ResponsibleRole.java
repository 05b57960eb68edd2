package org.liminal.curriculum;

import java.util.Locale;

/** Who owns a prep-checklist item on a training. */
public enum ResponsibleRole {

	CHAPTER_LEAD, LEAD_TRAINER, MODULE_TRAINER, COACH,

	/** One of the organization's day-of roles (welcomer, timekeeper…), named by the item. */
	DAY_OF_ROLE;

	public String messageKey() {
		return "responsible." + name().toLowerCase(Locale.ROOT);
	}

}
