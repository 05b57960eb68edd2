package org.liminal.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.liminal.trainings.TrainingSummary;

/**
 * One grant in a person's history: how it was earned, and whether it was renewed or revoked since.
 *
 * @param grantedBy who granted it; null when it was automatic (attendance) or its granter has left
 * @param grantedByName their name, or null as {@code grantedBy}
 * @param evidenceTraining the training named as evidence, while it exists
 * @param renews the expired grant this one replaced, or null
 * @param replacedAt when a renewal replaced this one, or null
 * @param expired whether it had expired on the day it was read
 */
public record GrantRecord(UUID id, UUID kindId, UUID moduleKey, LocalDate grantedOn, LocalDate expiresOn,
		GrantSource source, UUID grantedBy, String grantedByName, Instant grantedAt, Evidence evidence,
		TrainingSummary evidenceTraining, UUID renews, Instant replacedAt, Instant revokedAt, String revokedByName,
		String revokeReason, long version, boolean expired) {

	public boolean isCurrent() {
		return revokedAt == null && replacedAt == null;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	/** The day it was revoked (in UTC: an organization spans time zones), or null. */
	public LocalDate revokedOn() {
		return revokedAt == null ? null : revokedAt.atZone(ZoneOffset.UTC).toLocalDate();
	}

	/**
	 * The message saying how it was earned, whose arguments are the day it was granted and who granted it: by
	 * attending, by someone who has left, renewed, from the ready-to-recognize list, or granted.
	 */
	public String earnedMessageKey() {
		if (source == GrantSource.ATTENDANCE) {
			return "profile.attended";
		}
		if (grantedByName == null) {
			return "profile.grantedByFormer";
		}
		return switch (source) {
			case RENEWAL -> "profile.renewed";
			case SUGGESTION -> "profile.suggested";
			default -> "profile.granted";
		};
	}

}
