package org.liminal.pathway;

import java.util.UUID;

/**
 * What a qualification was earned on: a note, and the training or run-through it points to, each optional.
 *
 * @param note at most {@link Qualifications#MAX_EVIDENCE_LENGTH} characters; empty when there is none
 */
public record Evidence(String note, UUID trainingId, UUID runThroughId) {

	public Evidence {
		note = note == null ? "" : note.strip();
	}

	public static Evidence none() {
		return new Evidence("", null, null);
	}

}
