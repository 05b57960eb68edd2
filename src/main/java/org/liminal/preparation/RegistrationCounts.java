package org.liminal.preparation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many people signed up for each of some trainings: offered by whichever module keeps the registrations, so
 * that readiness weighs them without preparation depending on that module (which itself follows preparation's
 * daily run for its reminders).
 */
public interface RegistrationCounts {

	/** The counts of the given trainings, in a bounded number of statements whatever their number. */
	Map<UUID, RegistrationCount> of(Collection<UUID> trainingIds);

}
