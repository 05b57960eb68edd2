package org.liminal.curriculum;

import java.util.UUID;

/** A module as pages show it; {@code version} guards concurrent edits of a draft's module. */
public record ModuleView(UUID id, UUID key, ModuleContent content, long version) {

	public String title() {
		return content.title();
	}

	public int durationMinutes() {
		return content.durationMinutes();
	}

}
