package org.liminal.participants;

import java.util.Set;
import java.util.UUID;

/**
 * Whom a member may find in the directory: organizers everyone (members included); chapter leads only the people
 * registered for their own chapters' trainings, since they need no more to follow up.
 *
 * @param trainingIds the trainings whose people are visible, or {@code null} for everyone
 */
public record PeopleScope(Set<UUID> trainingIds) {

	public static PeopleScope everyone() {
		return new PeopleScope(null);
	}

	public static PeopleScope ofTrainings(Set<UUID> trainingIds) {
		return new PeopleScope(Set.copyOf(trainingIds));
	}

	public boolean isEveryone() {
		return trainingIds == null;
	}

}
