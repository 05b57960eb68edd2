package org.liminal.coaching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What someone plans or logs about a run-through.
 *
 * @param startsAt optional; a planned run-through with a time shows at that time in calendars
 * @param parts who presents which module, in order; actual minutes are required to log one as held
 * @param watchers who watched (the coach, peers), by account id
 * @param selfAssessment the presenters' own short assessment, when logging
 */
public record RunThroughDetails(LocalDate date, LocalTime startsAt, RunThroughFormat format, String place,
		List<Presentation> parts, Set<java.util.UUID> watchers, String notes, String selfAssessment) {

	public static final int MAX_PLACE = 300;

	public static final int MAX_NOTES = 4000;

	public static final int MAX_SELF_ASSESSMENT = 2000;

	public static final int MAX_MINUTES = 1440;

	public RunThroughDetails {
		parts = List.copyOf(parts);
		watchers = Set.copyOf(watchers);
		place = place == null ? "" : place.strip();
		notes = notes == null ? "" : notes.strip();
		selfAssessment = selfAssessment == null ? "" : selfAssessment.strip();
	}

}
