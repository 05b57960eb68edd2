package org.liminal.notifications.web;

import java.util.EnumSet;
import java.util.Set;

import org.liminal.notifications.LetterKind;

/** The kinds of mail a member chooses to receive, among those that can be turned off. */
public class NotificationsForm {

	private Set<LetterKind> received = EnumSet.noneOf(LetterKind.class);

	public Set<LetterKind> getReceived() {
		return received;
	}

	public void setReceived(Set<LetterKind> received) {
		this.received = received == null ? EnumSet.noneOf(LetterKind.class) : received;
	}

}
