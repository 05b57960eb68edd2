package org.liminal.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. */
public class NewPasswordForm {

	@NotBlank
	@Size(min = 10, max = 64, message = "{password.size}")
	private String password = "";

	private String confirmation = "";

	@AssertTrue(message = "{password.mismatch}")
	public boolean isConfirmed() {
		return password.equals(confirmation);
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password == null ? "" : password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation == null ? "" : confirmation;
	}

}
