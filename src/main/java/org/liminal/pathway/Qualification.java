package org.liminal.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * One grant of a kind of qualification to one person. It is current until it is revoked (with a reason) or, once
 * expired, replaced by a renewal; either way it stays as history.
 */
@Entity
@Table(name = "qualification")
class Qualification {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private UUID kindId;

	private String holderEmail;

	private String holderName;

	private UUID accountId;

	private UUID moduleKey;

	private LocalDate grantedOn;

	private LocalDate expiresOn;

	private UUID grantedBy;

	private Instant grantedAt;

	@Enumerated(EnumType.STRING)
	private GrantSource source;

	private String evidence;

	private UUID evidenceTrainingId;

	private UUID evidenceRunThroughId;

	private UUID renews;

	private Instant replacedAt;

	private Instant revokedAt;

	private UUID revokedBy;

	private String revokeReason;

	@Version
	private long version;

	protected Qualification() {
	}

	/**
	 * @param validityMonths the kind's validity, or null for a grant that never expires
	 */
	Qualification(UUID kindId, Holder holder, UUID moduleKey, LocalDate grantedOn, Integer validityMonths,
			UUID grantedBy, Instant grantedAt, GrantSource source, Evidence evidence, UUID renews) {
		this.id = UUID.randomUUID();
		this.kindId = kindId;
		this.holderEmail = holder.email();
		this.holderName = holder.name();
		this.accountId = holder.accountId();
		this.moduleKey = moduleKey;
		this.grantedOn = grantedOn;
		this.expiresOn = validityMonths == null ? null : grantedOn.plusMonths(validityMonths);
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
		this.source = source;
		this.evidence = evidence.note();
		this.evidenceTrainingId = evidence.trainingId();
		this.evidenceRunThroughId = evidence.runThroughId();
		this.renews = renews;
	}

	boolean isCurrent() {
		return revokedAt == null && replacedAt == null;
	}

	boolean isExpiredOn(LocalDate date) {
		return expiresOn != null && !expiresOn.isAfter(date);
	}

	/** Withdraws a current grant; the reason stays with it for whoever reads the history. */
	void revoke(UUID by, String reason, Instant at) {
		if (!isCurrent()) {
			throw new PathwayChangeRefused(null, "pathway.error.notCurrent");
		}
		this.revokedBy = by;
		this.revokeReason = reason;
		this.revokedAt = at;
	}

	/** Marks an expired grant as replaced by its renewal. */
	void replace(Instant at) {
		if (!isCurrent()) {
			throw new PathwayChangeRefused(null, "pathway.error.notCurrent");
		}
		this.replacedAt = at;
	}

	UUID id() {
		return id;
	}

	UUID kindId() {
		return kindId;
	}

	UUID accountId() {
		return accountId;
	}

	String holderEmail() {
		return holderEmail;
	}

	String holderName() {
		return holderName;
	}

	UUID moduleKey() {
		return moduleKey;
	}

	long version() {
		return version;
	}

}
