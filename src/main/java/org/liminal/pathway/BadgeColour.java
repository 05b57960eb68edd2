package org.liminal.pathway;

import java.util.Locale;

/** The palette badges are drawn from: each colour is a class of the stylesheet (no inline styles). */
public enum BadgeColour {

	BLUE, GREEN, TEAL, PURPLE, ROSE, ORANGE, GOLD, SLATE;

	public String cssClass() {
		return "pin-" + name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "pathway.colour." + name().toLowerCase(Locale.ROOT);
	}

}
