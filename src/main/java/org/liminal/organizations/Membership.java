package org.liminal.organizations;

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

/** An account's roles in one organization. */
@Entity
@Table(name = "membership")
class Membership {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private UUID accountId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] roles;

	private Instant createdAt;

	@Version
	private long version;

	protected Membership() {
	}

	Membership(UUID accountId, Set<OrganizationRole> roles, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.createdAt = createdAt;
		changeRoles(roles);
	}

	Set<OrganizationRole> roles() {
		return OrganizationRole.fromNames(roles);
	}

	void changeRoles(Set<OrganizationRole> newRoles) {
		if (newRoles.isEmpty()) {
			throw new MembershipChangeRefused("members.error.noRole");
		}
		this.roles = OrganizationRole.toNames(newRoles);
	}

	void addRoles(Set<OrganizationRole> more) {
		Set<OrganizationRole> all = roles();
		all.addAll(more);
		changeRoles(all);
	}

	boolean isOrganizer() {
		return roles().contains(OrganizationRole.ORGANIZER);
	}

	UUID id() {
		return id;
	}

	UUID accountId() {
		return accountId;
	}

	long version() {
		return version;
	}

	Member toMember() {
		return new Member(id, accountId, roles(), version);
	}

}
