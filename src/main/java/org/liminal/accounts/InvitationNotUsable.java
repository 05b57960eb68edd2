package org.liminal.accounts;

/** The invitation was already used, revoked, or has expired. */
public class InvitationNotUsable extends RuntimeException {

	InvitationNotUsable() {
		super("This invitation can no longer be used");
	}

}
