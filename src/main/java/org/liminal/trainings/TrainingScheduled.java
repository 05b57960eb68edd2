package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A training was announced: its preparation starts now. {@code compressed} when it is under six weeks away. Dates
 * are local to the chapter's time zone; {@code scheduledOn} is the chapter's date that day, so that whoever plans
 * from the event plans as of then, however late it is delivered.
 */
public record TrainingScheduled(UUID organizationId, UUID trainingId, UUID chapterId, UUID programVersionId, List<LocalDate> dates, ZoneId zone, boolean compressed, LocalDate scheduledOn) {
}
