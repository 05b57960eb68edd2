package org.liminal.curriculum;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A training type (Core training, Strategy upgrade…); its content lives in its versions. */
@Entity
@Table(name = "program")
class Program {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private Instant createdAt;

	protected Program() {
	}

	Program(Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

}
