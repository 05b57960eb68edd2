package org.liminal.trainings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a scheduled training is called off; participants and the team will read it. */
public class CancelForm {

	@NotBlank
	@Size(max = 1000)
	private String reason = "";

	private long version;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
