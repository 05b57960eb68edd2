package org.liminal.trainings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Events another module adds to the calendar feeds, next to the trainings: the feeds collect every such bean.
 * Both are called within the feed's read-only transaction, as the feed's organization, and should read what they
 * show in a few statements however many events there are.
 */
public interface CalendarContributions {

	/**
	 * A person's own events on or after {@code since}.
	 *
	 * @param trainingsUrl the absolute address of the organization's trainings, such as
	 *        {@code https://liminal.example/movement/trainings}, for the events' links
	 * @param locale the reader's language
	 */
	List<CalendarEvent> ofPerson(UUID accountId, LocalDate since, String trainingsUrl, Locale locale);

	/**
	 * The events of the given trainings on or after {@code since}: those a chapter's feed shows. Anyone in the
	 * organization may subscribe to a chapter's feed, so these events should not say more than its trainings do.
	 */
	List<CalendarEvent> ofTrainings(Collection<UUID> trainingIds, LocalDate since, String trainingsUrl,
			Locale locale);

}
