package org.liminal.trainings;

import org.liminal.shared.ChangeRefused;

/** A change to a training that its rules do not allow. */
public class TrainingChangeRefused extends ChangeRefused {

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	public TrainingChangeRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
