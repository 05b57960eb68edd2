package org.liminal.coaching;

import java.util.Locale;

/** Where one presenter stands with one module of one training, as the rehearsal matrix's cell says. */
public enum RehearsalState {

	/** No held run-through of this training where they presented it. */
	NOT_RUN_THROUGH,

	/** Run through, and no verdict signing them off yet: waiting for feedback, or told to rehearse again. */
	AWAITING_SIGN_OFF,

	/** The latest verdict on this training signs them off. */
	SIGNED_OFF;

	public String messageKey() {
		return "rehearsals.state." + name().toLowerCase(Locale.ROOT);
	}

	static RehearsalState of(boolean runThrough, LatestVerdict verdict) {
		if (verdict != null && verdict.verdict().signsOff()) {
			return SIGNED_OFF;
		}
		return runThrough ? AWAITING_SIGN_OFF : NOT_RUN_THROUGH;
	}

}
