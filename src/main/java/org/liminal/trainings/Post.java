package org.liminal.trainings;

import java.util.Locale;

/** A kind of job on a training's team. */
public enum Post {

	/** Holds the whole training together; usually also presents modules. */
	LEAD_TRAINER,

	/** Watches run-throughs and the training, gives feedback. */
	COACH,

	/** Presents one module (a module may need several trainers). */
	MODULE,

	/** Welcomer, timekeeper, fun captain…: a job for the whole training day. */
	DAY_OF_ROLE;

	public String messageKey() {
		return "training.post." + name().toLowerCase(Locale.ROOT);
	}

}
