package org.liminal.curriculum;

import java.util.Locale;

/** Where a program sits on the path from newcomer to trainer of trainers. */
public enum PathwayLevel {

	/** A newcomer's first training (the core training). */
	INITIATION,

	/** Deepens one skill for people already trained (strategy, media…). */
	UPGRADE,

	/** Prepares people to deliver trainings themselves. */
	TRAINING_OF_TRAINERS,

	/** Prepares experienced trainers to coach others. */
	TRAINING_OF_COACHES;

	public String messageKey() {
		return "pathway." + name().toLowerCase(Locale.ROOT);
	}

}
