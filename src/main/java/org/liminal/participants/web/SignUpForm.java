package org.liminal.participants.web;

import java.util.UUID;

import org.liminal.participants.SignUpDetails;

/**
 * The public sign-up form. {@code website} is a honeypot: hidden from people (and labelled so that screen
 * readers tell them to leave it empty), filled in by bots that fill every field.
 */
public class SignUpForm {

	private String name;

	private String email;

	private String phone;

	private String accessNeeds;

	private String heardFrom;

	private boolean consent;

	private UUID chapterId;

	private String website;

	SignUpDetails details() {
		return new SignUpDetails(name, email, phone, accessNeeds, heardFrom, consent);
	}

	boolean isFromABot() {
		return website != null && !website.isBlank();
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

	public UUID getChapterId() {
		return chapterId;
	}

	public void setChapterId(UUID chapterId) {
		this.chapterId = chapterId;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
