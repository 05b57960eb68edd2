package org.liminal.participants;

import java.util.Locale;

/** Which of a training's registrations a staff list shows. */
public enum RegistrationFilter {

	/** Everyone still coming or hoping to: confirmed and waitlisted. */
	ACTIVE("r.status <> 'CANCELLED'"),

	CONFIRMED("r.status = 'CONFIRMED'"),

	WAITLISTED("r.status = 'WAITLISTED'"),

	/** Welcomed at the door. */
	CHECKED_IN("r.status <> 'CANCELLED' and r.checked_in_at is not null"),

	CANCELLED("r.status = 'CANCELLED'"),

	ALL("true");

	private final String condition;

	RegistrationFilter(String condition) {
		this.condition = condition;
	}

	/** The SQL condition on the registration aliased {@code r}. */
	String condition() {
		return condition;
	}

	public String messageKey() {
		return "registrations.filter." + name().toLowerCase(Locale.ROOT);
	}

	/** The filter of that name, whatever its case; {@link #ACTIVE} for anything else (a mistyped address). */
	public static RegistrationFilter parse(String name) {
		for (RegistrationFilter filter : values()) {
			if (filter.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
				return filter;
			}
		}
		return ACTIVE;
	}

}
