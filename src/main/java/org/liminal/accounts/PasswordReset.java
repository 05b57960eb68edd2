package org.liminal.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use, expiring permission to choose a new password, sent by email. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

	@Id
	private UUID id;

	private UUID accountId;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	private Instant createdAt;

	protected PasswordReset() {
	}

	PasswordReset(UUID accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	UUID accountId() {
		return accountId;
	}

}
