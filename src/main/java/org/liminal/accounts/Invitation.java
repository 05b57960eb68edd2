package org.liminal.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.liminal.organizations.OrganizationRole;

/** An organizer's invitation for one email to join with some roles; single-use and expiring. */
@Entity
@Table(name = "invitation")
class Invitation {

	enum Status {

		PENDING, ACCEPTED, EXPIRED, REVOKED

	}

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private String email;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] roles;

	private String tokenHash;

	private UUID invitedBy;

	private Instant expiresAt;

	private Instant acceptedAt;

	private Instant revokedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(String email, Set<OrganizationRole> roles, String tokenHash, UUID invitedBy, Instant createdAt,
			Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.email = Emails.normalize(email);
		this.roles = OrganizationRole.toNames(roles);
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Status status(Instant now) {
		if (acceptedAt != null) {
			return Status.ACCEPTED;
		}
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
	}

	/** Marks the invitation used; the version check makes a second, concurrent acceptance fail. */
	void accept(Instant now) {
		if (status(now) != Status.PENDING) {
			throw new InvitationNotUsable();
		}
		this.acceptedAt = now;
	}

	void revoke(Instant now) {
		if (status(now) == Status.PENDING) {
			this.revokedAt = now;
		}
	}

	Set<OrganizationRole> roles() {
		return OrganizationRole.fromNames(roles);
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant createdAt() {
		return createdAt;
	}

}
