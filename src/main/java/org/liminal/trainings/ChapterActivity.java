package org.liminal.trainings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * When a chapter last held a training and when it holds the next: what tells a chapter that has gone quiet.
 *
 * @param lastHeld the last day of its latest training begun by then (held or under way), or {@code null}
 * @param nextPlanned the first day of its next scheduled training, or {@code null}
 */
public record ChapterActivity(UUID chapterId, LocalDate lastHeld, LocalDate nextPlanned) {
}
