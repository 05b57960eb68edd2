package org.liminal.pathway.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liminal.pathway.Evidence;
import org.liminal.pathway.NewGrant;
import org.liminal.pathway.Qualifications;

/** What a coach or organizer grants on someone's profile, with what it was earned on. */
public class GrantForm {

	@NotNull(message = "{pathway.error.kindMissing}")
	private UUID kindId;

	private UUID moduleKey;

	@Size(max = Qualifications.MAX_EVIDENCE_LENGTH, message = "{pathway.error.evidenceSize}")
	private String evidence = "";

	private UUID trainingId;

	NewGrant grant() {
		return new NewGrant(kindId, moduleKey, new Evidence(evidence, trainingId, null));
	}

	public UUID getKindId() {
		return kindId;
	}

	public void setKindId(UUID kindId) {
		this.kindId = kindId;
	}

	public UUID getModuleKey() {
		return moduleKey;
	}

	public void setModuleKey(UUID moduleKey) {
		this.moduleKey = moduleKey;
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence == null ? "" : evidence.strip();
	}

	public UUID getTrainingId() {
		return trainingId;
	}

	public void setTrainingId(UUID trainingId) {
		this.trainingId = trainingId;
	}

}
