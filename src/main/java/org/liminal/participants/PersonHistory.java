package org.liminal.participants;

import java.util.List;
import java.util.UUID;

import org.liminal.pathway.BadgeHistory;

/**
 * Everything the organization holds about one person: their record, their registrations (newest first, with
 * attendance and next steps) and their qualifications.
 *
 * @param accountId their account when they are a member of the organization (their profile), else {@code null}
 */
public record PersonHistory(Person person, List<PersonRegistration> registrations, UUID accountId,
		List<BadgeHistory> qualifications) {

	public PersonHistory {
		registrations = List.copyOf(registrations);
		qualifications = List.copyOf(qualifications);
	}

	public boolean isMember() {
		return accountId != null;
	}

}
