package org.liminal.participants.web;

import java.util.UUID;

/**
 * The public sign-up form: what someone signs up with, the chapter they want to be part of, and {@code website}, a
 * honeypot: hidden from people (and labelled so that screen readers tell them to leave it empty), filled in by
 * bots that fill every field.
 */
public class SignUpForm extends RegistrationForm {

	private UUID chapterId;

	private String website;

	boolean isFromABot() {
		return website != null && !website.isBlank();
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
