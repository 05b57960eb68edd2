package org.liminal.organizations;

import java.util.Locale;

/**
 * What a member may do in one organization. A person may hold several roles.
 */
public enum OrganizationRole {

	/** National organizer: configures the organization and sees everything in it. */
	ORGANIZER,

	/** Schedules and runs trainings for their chapters. */
	CHAPTER_LEAD,

	/** Delivers modules of trainings. */
	TRAINER,

	/** Watches run-throughs, gives feedback, signs trainers off. */
	COACH;

	public String messageKey() {
		return "role." + name().toLowerCase(Locale.ROOT);
	}

}
