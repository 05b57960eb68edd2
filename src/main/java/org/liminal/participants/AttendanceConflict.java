package org.liminal.participants;

import java.util.Set;
import java.util.UUID;

/** Someone else recorded attendance for some of the same people meanwhile: nothing was saved. */
public class AttendanceConflict extends ParticipantsChangeRefused {

	private final Set<UUID> registrationIds;

	AttendanceConflict(Set<UUID> registrationIds) {
		super(null, "attendance.error.conflict");
		this.registrationIds = Set.copyOf(registrationIds);
	}

	/** The registrations changed meanwhile. */
	public Set<UUID> registrationIds() {
		return registrationIds;
	}

}
