package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A scheduled training moved to new dates or times; everything else stays. Dates are local to the chapter's time zone, {@code rescheduledOn} too. */
public record TrainingRescheduled(UUID organizationId, UUID trainingId, UUID chapterId, List<LocalDate> previousDates, List<LocalDate> dates, ZoneId zone, LocalDate rescheduledOn) {
}
