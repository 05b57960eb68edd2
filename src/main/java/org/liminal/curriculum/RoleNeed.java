package org.liminal.curriculum;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** How many people a program needs in one day-of role. */
@Entity
@Table(name = "program_role_need")
class RoleNeed {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_version_id")
	private ProgramVersion programVersion;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "day_of_role_id")
	private DayOfRole dayOfRole;

	private int people;

	protected RoleNeed() {
	}

	RoleNeed(ProgramVersion programVersion, DayOfRole dayOfRole, int people) {
		this.id = UUID.randomUUID();
		this.programVersion = programVersion;
		this.dayOfRole = dayOfRole;
		this.people = people;
	}

	RoleNeed copyInto(ProgramVersion draft) {
		return new RoleNeed(draft, dayOfRole, people);
	}

	void changePeople(int people) {
		this.people = people;
	}

	DayOfRole dayOfRole() {
		return dayOfRole;
	}

	int people() {
		return people;
	}

	RoleNeedView view() {
		return new RoleNeedView(dayOfRole.id(), dayOfRole.name(), people);
	}

}
