package org.liminal.curriculum;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * A job someone does on the training day (welcomer, timekeeper, fun captain…), with the role card that
 * tells them what to do before, during and after. Retired roles stay for the versions that use them.
 */
@Entity
@Table(name = "day_of_role")
class DayOfRole {

	/** The roles every organization starts with, recognizable whatever they are renamed to. */
	enum Preset {

		WELCOMER, TIMEKEEPER, FUN_CAPTAIN

	}

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@Enumerated(EnumType.STRING)
	private Preset preset;

	private String name;

	private String summary;

	private String beforeTraining;

	private String duringTraining;

	private String afterTraining;

	private boolean retired;

	private Instant createdAt;

	@Version
	private long version;

	protected DayOfRole() {
	}

	DayOfRole(Preset preset, RoleCard card, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.preset = preset;
		this.createdAt = createdAt;
		change(card);
	}

	void change(RoleCard card) {
		this.name = card.name().strip();
		this.summary = card.summary().strip();
		this.beforeTraining = card.before().strip();
		this.duringTraining = card.during().strip();
		this.afterTraining = card.after().strip();
	}

	void retire() {
		this.retired = true;
	}

	void restore() {
		this.retired = false;
	}

	long version() {
		return version;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	Preset preset() {
		return preset;
	}

	boolean retired() {
		return retired;
	}

	RoleCard card() {
		return new RoleCard(name, summary, beforeTraining, duringTraining, afterTraining);
	}

	DayOfRoleView view() {
		return new DayOfRoleView(id, card(), retired, version);
	}

}
