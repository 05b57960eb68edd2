package org.liminal.participants;

import org.liminal.shared.ChangeRefused;

/** A sign-up or a change to a registration that the rules do not allow. */
public class ParticipantsChangeRefused extends ChangeRefused {

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	public ParticipantsChangeRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
