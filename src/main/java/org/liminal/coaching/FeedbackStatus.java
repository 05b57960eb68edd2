package org.liminal.coaching;

import java.util.Locale;

/** Where a coach's feedback is: written privately, or given to the trainer. */
public enum FeedbackStatus {

	/** Only its coach sees it; it may lack scores and a verdict. */
	DRAFT,

	/** Given: the trainer was told, and acknowledges and may reply. */
	SUBMITTED;

	public String messageKey() {
		return "feedback.status." + name().toLowerCase(Locale.ROOT);
	}

}
