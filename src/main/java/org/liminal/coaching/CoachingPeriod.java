package org.liminal.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A period of coaching by days, taken in UTC: feedback counts in it when submitted from the start of its first day
 * to the end of its last. One definition, so that the dashboard's figures and the lists behind them agree.
 *
 * @param from the first day, never {@code null}
 * @param to the last day, never {@code null} and not before {@code from}
 */
public record CoachingPeriod(LocalDate from, LocalDate to) {

	public CoachingPeriod {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("A period runs from a day to the same day or a later one");
		}
	}

	/** The first instant in the period. */
	public Instant start() {
		return from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The first instant after the period. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
