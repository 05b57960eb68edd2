package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Someone took a seat on a training's team (a new seat, or one that changed hands). Dates are local to the chapter's time zone. */
public record StaffAssigned(UUID organizationId, UUID trainingId, UUID chapterId, UUID accountId, Seat seat, List<LocalDate> dates, ZoneId zone) {
}
