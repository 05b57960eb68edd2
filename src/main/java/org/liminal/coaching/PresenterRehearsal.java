package org.liminal.coaching;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * How far one presenter has come with one module of one training: the rehearsal matrix's cell, for pages that
 * list presenters across trainings.
 *
 * @param lastRunThrough the last held run-through of this training where they presented it; {@code null} for none
 * @param verdict the latest verdict a coach submitted on it; {@code null} for none
 */
public record PresenterRehearsal(UUID trainingId, UUID moduleKey, UUID presenterId, LocalDate lastRunThrough,
		Verdict verdict) {

	/** Where a presenter stands, the furthest from delivering first. */
	public enum Stage {

		NOT_RUN_THROUGH, ANOTHER_RUN_THROUGH, AWAITING_SIGN_OFF, SIGNED_OFF;

		public String messageKey() {
			return "rehearsal.stage." + name().toLowerCase(Locale.ROOT);
		}

		public String cssClass() {
			return "rehearsal-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** As readiness counts it: a verdict decides; without one, a run-through waits for its sign-off. */
	public Stage stage() {
		if (verdict != null) {
			return verdict.signsOff() ? Stage.SIGNED_OFF : Stage.ANOTHER_RUN_THROUGH;
		}
		return lastRunThrough == null ? Stage.NOT_RUN_THROUGH : Stage.AWAITING_SIGN_OFF;
	}

}
