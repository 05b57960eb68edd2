package org.liminal.pathway;

import org.liminal.shared.ChangeRefused;

/** A change to qualification kinds or grants that the pathway's rules do not allow. */
public class PathwayChangeRefused extends ChangeRefused {

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	public PathwayChangeRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
