package org.liminal.notifications;

import org.liminal.shared.ChangeRefused;

/** A letter that someone sent again, or that changed, since the organizer's page showed it. */
public class LetterRetryRefused extends ChangeRefused {

	public LetterRetryRefused() {
		super(null, "letters.error.changed");
	}

}
