package org.liminal.participants;

/**
 * Someone registering at the door: a name, an email (the one thing that makes them the same person on every
 * training and lets the team follow up), and their consent, given to the welcomer.
 */
public record WalkIn(String name, String email, boolean consent) {

	public SignUpDetails details() {
		return new SignUpDetails(name, email, "", "", "", consent);
	}

}
