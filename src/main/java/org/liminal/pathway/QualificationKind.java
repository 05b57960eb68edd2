package org.liminal.pathway;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A kind of qualification the organization recognizes, with its badge and its rules. */
@Entity
@Table(name = "qualification_kind")
class QualificationKind {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@Enumerated(EnumType.STRING)
	private UsualKind preset;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private BadgeColour colour;

	@Enumerated(EnumType.STRING)
	private KindScope scope;

	private UUID programId;

	private Integer validityMonths;

	private Integer readyVerdicts;

	private boolean retired;

	private int position;

	private Instant createdAt;

	@Version
	private long version;

	protected QualificationKind() {
	}

	QualificationKind(UsualKind preset, KindDetails details, int position, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.preset = preset;
		this.position = position;
		this.createdAt = createdAt;
		change(details);
	}

	void change(KindDetails details) {
		this.name = details.name().strip();
		this.description = details.description() == null ? "" : details.description().strip();
		this.colour = details.colour();
		this.scope = details.scope();
		this.programId = details.programId();
		this.validityMonths = details.validityMonths();
		this.readyVerdicts = details.readyVerdicts();
	}

	void retire() {
		retired = true;
	}

	void restore() {
		retired = false;
	}

	UUID id() {
		return id;
	}

	boolean retired() {
		return retired;
	}

	KindScope scope() {
		return scope;
	}

	Integer validityMonths() {
		return validityMonths;
	}

	long version() {
		return version;
	}

	QualificationKindView view() {
		return new QualificationKindView(id, new KindDetails(name, description, colour, scope, programId,
				validityMonths, readyVerdicts), retired, position, version);
	}

}
