package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A training was held. Dates are local to the chapter's time zone. */
public record TrainingCompleted(UUID organizationId, UUID trainingId, UUID chapterId, List<LocalDate> dates, ZoneId zone) {
}
