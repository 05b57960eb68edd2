package org.liminal.participants.web;

import org.liminal.participants.WalkIn;

/** Someone registering at the door: name, email and their consent, told to the welcomer. */
public class WalkInForm {

	private String name = "";

	private String email = "";

	private boolean consent;

	WalkIn walkIn() {
		return new WalkIn(name, email, consent);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
