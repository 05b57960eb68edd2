package org.liminal.pathway;

import java.util.Locale;

/** Whether a qualification is held once, or once per curriculum module. */
public enum KindScope {

	/** Held once: lead trainer, coach, completed core training. */
	GENERAL,

	/** Held per module, by the module's key (the same in every curriculum version): module trainer. */
	MODULE;

	public String messageKey() {
		return "pathway.scope." + name().toLowerCase(Locale.ROOT);
	}

}
