package org.liminal.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A newcomer accepting an invitation: their name and a password. */
public class AcceptInvitationForm extends NewPasswordForm {

	@NotBlank
	@Size(max = 100)
	private String displayName = "";

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
	}

}
