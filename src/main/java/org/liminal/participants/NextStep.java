package org.liminal.participants;

/** What a participant chose to do after their training: every one of them should land somewhere. */
public enum NextStep {

	/** Join one of the chapter's teams. */
	TEAM,

	/** Help on the day of a coming training. */
	DAY_OF_VOLUNTEER,

	/** Come to an upgrade training (toward training others). */
	UPGRADE_TRAINING,

	/** Not now: no follow-up beyond a thank-you. */
	NOT_NOW

}
