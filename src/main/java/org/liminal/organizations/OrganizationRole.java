package org.liminal.organizations;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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

	/** Roles as stored in a {@code text[]} column, in a stable order. */
	public static String[] toNames(Set<OrganizationRole> roles) {
		return EnumSet.copyOf(roles).stream().map(Enum::name).toArray(String[]::new);
	}

	public static Set<OrganizationRole> fromNames(String[] names) {
		Set<OrganizationRole> roles = EnumSet.noneOf(OrganizationRole.class);
		Arrays.stream(names).map(OrganizationRole::valueOf).forEach(roles::add);
		return roles;
	}

	public String messageKey() {
		return "role." + name().toLowerCase(Locale.ROOT);
	}

}
