package org.liminal.chapters;

import org.liminal.shared.ChangeRefused;

/** A change to a chapter that its rules do not allow. */
public class ChapterChangeRefused extends ChangeRefused {

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	public ChapterChangeRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
