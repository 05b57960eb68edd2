package org.liminal.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * A rehearsal of some of a training's modules: planned ahead, then logged as held with what actually happened.
 * Rules that need the training, the curriculum or the clock are checked by {@link RunThroughs}; this keeps the
 * lifecycle.
 */
@Entity
@Table(name = "run_through")
class RunThrough {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private UUID trainingId;

	@Enumerated(EnumType.STRING)
	private RunThroughStatus status;

	@Column(name = "run_on")
	private LocalDate date;

	private LocalTime startsAt;

	@Enumerated(EnumType.STRING)
	private RunThroughFormat format;

	private String place;

	private String notes;

	private String selfAssessment;

	private UUID plannedBy;

	private UUID loggedBy;

	private Instant createdAt;

	private Instant loggedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "run_through_part", joinColumns = @JoinColumn(name = "run_through_id"))
	@OrderColumn(name = "position")
	private List<Presentation> parts = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "run_through_watcher", joinColumns = @JoinColumn(name = "run_through_id"))
	@Column(name = "account_id")
	private Set<UUID> watchers = new LinkedHashSet<>();

	protected RunThrough() {
	}

	private RunThrough(UUID trainingId, RunThroughStatus status, RunThroughDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.trainingId = trainingId;
		this.status = status;
		this.createdAt = now;
		describe(details);
	}

	static RunThrough planned(UUID trainingId, RunThroughDetails details, UUID plannedBy, Instant now) {
		RunThrough runThrough = new RunThrough(trainingId, RunThroughStatus.PLANNED, details, now);
		runThrough.plannedBy = plannedBy;
		return runThrough;
	}

	static RunThrough held(UUID trainingId, RunThroughDetails details, UUID loggedBy, Instant now) {
		RunThrough runThrough = new RunThrough(trainingId, RunThroughStatus.HELD, details, now);
		runThrough.loggedBy = loggedBy;
		runThrough.loggedAt = now;
		return runThrough;
	}

	/** A planned run-through took place: it now holds what actually happened. */
	void log(RunThroughDetails details, UUID loggedBy, Instant now) {
		if (status != RunThroughStatus.PLANNED) {
			throw new CoachingChangeRefused(null, "runThrough.error.notPlanned");
		}
		describe(details);
		this.status = RunThroughStatus.HELD;
		this.loggedBy = loggedBy;
		this.loggedAt = now;
	}

	/** Corrects a plan, or what was logged; a cancelled run-through stays as it was. */
	void change(RunThroughDetails details) {
		if (status == RunThroughStatus.CANCELLED) {
			throw new CoachingChangeRefused(null, "runThrough.error.cancelled");
		}
		describe(details);
	}

	void cancel() {
		if (status != RunThroughStatus.PLANNED) {
			throw new CoachingChangeRefused(null, "runThrough.error.notPlanned");
		}
		status = RunThroughStatus.CANCELLED;
	}

	private void describe(RunThroughDetails details) {
		this.date = details.date();
		this.startsAt = details.startsAt();
		this.format = details.format();
		this.place = details.place();
		this.notes = details.notes();
		this.selfAssessment = details.selfAssessment();
		this.parts.clear();
		this.parts.addAll(details.parts());
		this.watchers.clear();
		this.watchers.addAll(details.watchers());
	}

	RunThroughView view() {
		return new RunThroughView(id, trainingId, status, new RunThroughDetails(date, startsAt, format, place, parts,
				watchers, notes, selfAssessment), plannedBy, loggedBy, loggedAt, version);
	}

	UUID id() {
		return id;
	}

	UUID trainingId() {
		return trainingId;
	}

	RunThroughStatus status() {
		return status;
	}

	LocalDate date() {
		return date;
	}

	long version() {
		return version;
	}

}
