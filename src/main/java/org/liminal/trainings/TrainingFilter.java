package org.liminal.trainings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the training list shows; every part is optional ({@code null} means any).
 *
 * @param from trainings whose last day is on or after this date
 * @param to trainings whose first day is on or before this date
 */
public record TrainingFilter(UUID chapterId, UUID programId, TrainingStatus status, LocalDate from, LocalDate to) {

	public static TrainingFilter any() {
		return new TrainingFilter(null, null, null, null, null);
	}

}
