package org.liminal.curriculum;

import java.util.UUID;

/** A day-of role as pages show it; {@code version} guards concurrent edits. */
public record DayOfRoleView(UUID id, RoleCard card, boolean retired, long version) {

	public String name() {
		return card.name();
	}

}
