package org.liminal.pathway.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.liminal.pathway.Qualifications;

/** Why a grant is withdrawn; {@code version} is the grant's, for conflicts. */
public class RevokeForm {

	@NotBlank(message = "{pathway.error.reasonMissing}")
	@Size(max = Qualifications.MAX_REASON_LENGTH, message = "{pathway.error.reasonSize}")
	private String reason = "";

	private long version;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
