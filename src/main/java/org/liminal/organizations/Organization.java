package org.liminal.organizations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A tenant: one movement or group using Liminal. Not tenant-owned itself, so it has no RLS. */
@Entity
@Table(name = "organization")
class Organization {

	@Id
	private UUID id;

	private String slug;

	private String name;

	private Instant createdAt;

	@Version
	private long version;

	protected Organization() {
	}

	Organization(String slug, String name, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.name = name;
		this.createdAt = createdAt;
	}

	OrganizationSummary summary() {
		return new OrganizationSummary(id, slug, name);
	}

	UUID id() {
		return id;
	}

}
