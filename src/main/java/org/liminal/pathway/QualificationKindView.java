package org.liminal.pathway;

import java.util.UUID;

/** A kind of qualification as pages and other modules see it; {@code version} guards concurrent edits. */
public record QualificationKindView(UUID id, KindDetails details, boolean retired, int position, long version) {

	public String name() {
		return details.name();
	}

	public BadgeColour colour() {
		return details.colour();
	}

	public boolean isPerModule() {
		return details.scope() == KindScope.MODULE;
	}

}
