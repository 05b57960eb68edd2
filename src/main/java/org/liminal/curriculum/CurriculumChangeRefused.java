package org.liminal.curriculum;

import org.liminal.shared.ChangeRefused;

/**
 * A change to the curriculum that its rules do not allow; the message key (with its arguments) tells the
 * person why.
 */
public class CurriculumChangeRefused extends ChangeRefused {

	public CurriculumChangeRefused(String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
	}

}
