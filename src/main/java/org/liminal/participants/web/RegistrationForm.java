package org.liminal.participants.web;

import org.liminal.participants.SignUpDetails;

/**
 * What someone signs up with. Staff adding someone fill in the same fields, the consent being the one the person
 * gave them (they tick it for them); the public form adds its own to these ({@link SignUpForm}).
 */
public class RegistrationForm {

	private String name = "";

	private String email = "";

	private String phone = "";

	private String accessNeeds = "";

	private String heardFrom = "";

	private boolean consent;

	SignUpDetails details() {
		return new SignUpDetails(name, email, phone, accessNeeds, heardFrom, consent);
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

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAccessNeeds() {
		return accessNeeds;
	}

	public void setAccessNeeds(String accessNeeds) {
		this.accessNeeds = accessNeeds;
	}

	public String getHeardFrom() {
		return heardFrom;
	}

	public void setHeardFrom(String heardFrom) {
		this.heardFrom = heardFrom;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
