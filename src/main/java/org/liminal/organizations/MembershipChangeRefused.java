package org.liminal.organizations;

/**
 * A membership change that would break a rule of the organization, with a message key that says which.
 */
public class MembershipChangeRefused extends RuntimeException {

	private final String messageKey;

	public MembershipChangeRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
