package org.liminal.pathway.web;

import jakarta.validation.constraints.Size;

import org.liminal.pathway.Evidence;
import org.liminal.pathway.Qualifications;

/** The evidence of a renewal, optional; {@code version} is the expired grant's, for conflicts. */
public class RenewForm {

	@Size(max = Qualifications.MAX_EVIDENCE_LENGTH, message = "{pathway.error.evidenceSize}")
	private String evidence = "";

	private long version;

	Evidence evidence() {
		return new Evidence(evidence, null, null);
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence == null ? "" : evidence.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
