package org.liminal.trainings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * A chapter's run of one published program version: its days, place and audience, its team and where it
 * is in its life. Every rule of the lifecycle lives here; lead-time and staffing rules that need the
 * curriculum or the clock are checked by {@link Trainings} before calling in.
 */
@Entity
@Table(name = "training")
class Training {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private UUID chapterId;

	private UUID programId;

	private UUID programVersionId;

	private int versionNumber;

	@Enumerated(EnumType.STRING)
	private TrainingStatus status;

	private LocalDate firstDay;

	private LocalDate lastDay;

	private String address;

	private String onlineLink;

	private int capacity;

	private String language;

	@Column(name = "public")
	private boolean open;

	private String notes;

	private Integer leadDays;

	private String cancelReason;

	private Instant createdAt;

	private Instant scheduledAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "training_day", joinColumns = @JoinColumn(name = "training_id"))
	@OrderBy("day")
	private List<TrainingDay> days = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "training_id", nullable = false, updatable = false)
	private Set<Assignment> assignments = new LinkedHashSet<>();

	protected Training() {
	}

	Training(UUID chapterId, UUID programId, UUID programVersionId, int versionNumber, List<TrainingDay> days,
			TrainingDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.chapterId = chapterId;
		this.programId = programId;
		this.programVersionId = programVersionId;
		this.versionNumber = versionNumber;
		this.status = TrainingStatus.DRAFT;
		this.createdAt = createdAt;
		changeDays(days);
		changeDetails(details);
	}

	void changeDetails(TrainingDetails details) {
		requireOpen();
		this.address = details.address();
		this.onlineLink = details.onlineLink();
		this.capacity = details.capacity();
		this.language = details.language();
		this.open = details.open();
		this.notes = details.notes();
	}

	/** New dates or times; for a scheduled training this is a reschedule, with its new lead time. */
	void changeDays(List<TrainingDay> newDays) {
		requireOpen();
		days.clear();
		days.addAll(newDays);
		firstDay = newDays.get(0).date();
		lastDay = newDays.get(newDays.size() - 1).date();
	}

	void schedule(LeadTime leadTime, Instant now) {
		if (status != TrainingStatus.DRAFT) {
			throw new TrainingChangeRefused(null, "training.error.notDraft");
		}
		status = TrainingStatus.SCHEDULED;
		leadDays = (int) leadTime.days();
		scheduledAt = now;
	}

	void rescheduled(LeadTime leadTime) {
		if (status == TrainingStatus.SCHEDULED) {
			leadDays = (int) leadTime.days();
		}
	}

	void cancel(String reason) {
		if (status != TrainingStatus.SCHEDULED) {
			throw new TrainingChangeRefused(null, "training.error.notScheduled");
		}
		if (reason == null || reason.isBlank()) {
			throw new TrainingChangeRefused("reason", "training.error.reasonRequired");
		}
		status = TrainingStatus.CANCELLED;
		cancelReason = reason.strip();
	}

	void complete(LocalDate today) {
		if (status != TrainingStatus.SCHEDULED) {
			throw new TrainingChangeRefused(null, "training.error.notScheduled");
		}
		if (firstDay.isAfter(today)) {
			throw new TrainingChangeRefused(null, "training.error.notHeldYet");
		}
		status = TrainingStatus.COMPLETED;
	}

	void moveToVersion(UUID versionId, int number, List<TrainingDay> newDays) {
		requireOpen();
		this.programVersionId = versionId;
		this.versionNumber = number;
		changeDays(newDays);
	}

	/**
	 * Gives every seat in the map to its person and frees every other seat. A seat that changes hands keeps
	 * its row, so that no two rows ever hold the same seat on the way.
	 *
	 * @return who held each seat before, for the seats that changed
	 */
	Map<Seat, Optional<UUID>> staff(Map<Seat, UUID> team) {
		requireOpen();
		Map<Seat, Optional<UUID>> changed = new LinkedHashMap<>();
		assignments.removeIf(assignment -> {
			boolean freed = !team.containsKey(assignment.seat());
			if (freed) {
				changed.put(assignment.seat(), Optional.of(assignment.accountId()));
			}
			return freed;
		});
		team.forEach((seat, accountId) -> {
			Optional<Assignment> held = assignments.stream().filter(a -> a.seat().equals(seat)).findFirst();
			if (held.isEmpty()) {
				assignments.add(new Assignment(seat, accountId));
				changed.put(seat, Optional.empty());
			}
			else if (!held.get().accountId().equals(accountId)) {
				changed.put(seat, Optional.of(held.get().accountId()));
				held.get().giveTo(accountId);
			}
		});
		return changed;
	}

	private void requireOpen() {
		if (status != null && !status.isOpen()) {
			throw new TrainingChangeRefused(null, "training.error.closed");
		}
	}

	Map<Seat, UUID> team() {
		Map<Seat, UUID> team = new LinkedHashMap<>();
		assignments.forEach(assignment -> team.put(assignment.seat(), assignment.accountId()));
		return team;
	}

	UUID id() {
		return id;
	}

	UUID organizationId() {
		return organizationId;
	}

	UUID chapterId() {
		return chapterId;
	}

	UUID programId() {
		return programId;
	}

	UUID programVersionId() {
		return programVersionId;
	}

	int versionNumber() {
		return versionNumber;
	}

	TrainingStatus status() {
		return status;
	}

	List<TrainingDay> days() {
		return List.copyOf(days);
	}

	List<LocalDate> dates() {
		return days.stream().map(TrainingDay::date).toList();
	}

	LocalDate firstDay() {
		return firstDay;
	}

	TrainingDetails details() {
		return new TrainingDetails(address, onlineLink, capacity, language, open, notes);
	}

	Integer leadDays() {
		return leadDays;
	}

	String cancelReason() {
		return cancelReason;
	}

	Instant scheduledAt() {
		return scheduledAt;
	}

	long version() {
		return version;
	}

}
