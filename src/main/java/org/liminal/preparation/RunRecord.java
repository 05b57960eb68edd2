package org.liminal.preparation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One chapter's daily run as it was recorded; {@code finishedAt} is {@code null} for a run cut short. */
public record RunRecord(UUID chapterId, LocalDate runDate, Instant startedAt, Instant finishedAt, int overdue,
		int atRisk, int reminders, int digests) {
}
