package org.liminal.participants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Trainings held and people trained in one month or one chapter.
 *
 * @param month the first day of the month, or {@code null} when counted by chapter
 * @param chapterId the chapter, or {@code null} when counted by month
 * @param trainingsHeld completed trainings
 * @param peopleTrained registrations marked as attended at them
 */
public record TrainedCount(LocalDate month, UUID chapterId, int trainingsHeld, int peopleTrained) {
}
