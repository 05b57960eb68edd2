package org.liminal.participants;

import java.util.UUID;

/**
 * A registration as staff lists show it.
 *
 * @param waitlistPosition 1 for the first person waiting; 0 for anyone not waiting
 * @param checkedInBy the welcomer who checked them in, when they are
 */
public record RegistrationRow(Registration registration, int waitlistPosition, UUID checkedInBy) {

	/** Whether their personal data was erased: they show as "Erased person". */
	public boolean isErased() {
		return registration.erasedAt() != null;
	}

}
