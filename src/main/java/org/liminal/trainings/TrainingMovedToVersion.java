package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A future training now follows a newer version of its program; staff were mapped by module. Dates are local to the chapter's time zone, {@code movedOn} too. */
public record TrainingMovedToVersion(UUID organizationId, UUID trainingId, UUID chapterId, UUID previousVersionId, UUID programVersionId, List<LocalDate> dates, ZoneId zone, LocalDate movedOn) {
}
