package org.liminal.preparation;

import org.liminal.shared.ChangeRefused;

/** A change to a checklist that its rules do not allow. */
public class PreparationChangeRefused extends ChangeRefused {

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	public PreparationChangeRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
