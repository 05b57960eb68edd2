package org.liminal.participants;

import java.util.UUID;

/**
 * One person in the directory.
 *
 * @param personId their person record, or {@code null} for a member who never signed up nor was imported
 * @param accountId their account when they are a member of the organization, else {@code null}
 * @param source what first brought them, or {@code null} for a member only
 * @param registrations how many registrations they hold, cancelled ones included
 * @param attended whether they attended at least one training
 * @param nextStep the next step they chose most recently, or {@code null}
 */
public record DirectoryEntry(UUID personId, UUID accountId, String name, String email, String phone,
		PersonSource source, int registrations, boolean attended, NextStep nextStep) {

	public boolean isMember() {
		return accountId != null;
	}

}
