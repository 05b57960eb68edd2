package org.liminal.preparation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The daily run found a training a week or a day away: time to remind its participants. Whoever keeps the
 * registrations (the participants module) sends the reminders; it must key what it sends by registration,
 * training day and {@code daysBefore}, since a run that crashed is run again and may announce it twice.
 *
 * @param runDate the chapter's date of the run
 */
public record ParticipantRemindersDue(UUID organizationId, UUID trainingId, UUID chapterId, LocalDate firstDay,
		int daysBefore, LocalDate runDate) {

	/** Reminders go out this many days before a training: a week ahead, and the day before. */
	public static final List<Integer> DAYS_BEFORE = List.of(7, 1);

}
