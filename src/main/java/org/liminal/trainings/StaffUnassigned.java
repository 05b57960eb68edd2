package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Someone left a seat on a training's team (freed, or given to someone else). Dates are local to the chapter's time zone. */
public record StaffUnassigned(UUID organizationId, UUID trainingId, UUID chapterId, UUID accountId, Seat seat, List<LocalDate> dates, ZoneId zone) {
}
