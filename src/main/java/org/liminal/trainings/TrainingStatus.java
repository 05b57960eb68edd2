package org.liminal.trainings;

import java.util.Locale;

/** Where a training is in its life: draft → scheduled → completed or cancelled. */
public enum TrainingStatus {

	/** Being planned by the chapter lead; not announced, no preparation running. */
	DRAFT,

	/** Announced: preparation runs, calendars show it. */
	SCHEDULED,

	/** Held. */
	COMPLETED,

	/** Called off, with a reason. */
	CANCELLED;

	public String messageKey() {
		return "training.status." + name().toLowerCase(Locale.ROOT);
	}

	public boolean isOpen() {
		return this == DRAFT || this == SCHEDULED;
	}

}
