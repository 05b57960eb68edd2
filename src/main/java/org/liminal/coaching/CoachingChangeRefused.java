package org.liminal.coaching;

import org.liminal.shared.ChangeRefused;

/** A change to run-throughs, feedback or the rubric that their rules do not allow. */
public class CoachingChangeRefused extends ChangeRefused {

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	public CoachingChangeRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
