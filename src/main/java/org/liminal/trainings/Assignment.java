package org.liminal.trainings;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** Who holds one seat of a training's team. */
@Entity
@Table(name = "training_assignment")
class Assignment {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@Enumerated(EnumType.STRING)
	private Post post;

	private UUID moduleKey;

	private UUID dayOfRoleId;

	private int seat;

	private UUID accountId;

	protected Assignment() {
	}

	Assignment(Seat seat, UUID accountId) {
		this.id = UUID.randomUUID();
		this.post = seat.post();
		this.moduleKey = seat.moduleKey();
		this.dayOfRoleId = seat.dayOfRoleId();
		this.seat = seat.number();
		this.accountId = accountId;
	}

	Seat seat() {
		return new Seat(post, moduleKey, dayOfRoleId, seat);
	}

	UUID accountId() {
		return accountId;
	}

	void giveTo(UUID accountId) {
		this.accountId = accountId;
	}

}
