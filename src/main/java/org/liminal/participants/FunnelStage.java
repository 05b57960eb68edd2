package org.liminal.participants;

/**
 * A stage of the absorption funnel ({@link Funnel}): which registrations of a held training it counts. The
 * dashboard's figures and the people directory's lists read the same conditions, so a figure and the list behind it
 * always mean the same thing.
 */
public enum FunnelStage {

	/** Registered (a seat or the waitlist, walk-ins included), not cancelled. */
	SIGNED_UP("r.status <> 'CANCELLED'"),

	/** Were there. */
	ATTENDED("r.attended"),

	/** Were there and left with a next step recorded, "not now" included. */
	CHOSE_NEXT_STEP("r.attended and r.next_step is not null"),

	/** Were there and chose one of the chapter's teams. */
	JOINED_TEAM("r.attended and r.next_step = 'TEAM'"),

	/** Were there and offered to help on a training day. */
	DAY_OF_VOLUNTEER("r.attended and r.next_step = 'DAY_OF_VOLUNTEER'"),

	/** Were there and asked for an upgrade training. */
	UPGRADE_TRAINING("r.attended and r.next_step = 'UPGRADE_TRAINING'");

	/** The condition on a registration aliased {@code r}; false for the missing row of an outer join. */
	final String condition;

	FunnelStage(String condition) {
		this.condition = condition;
	}

}
