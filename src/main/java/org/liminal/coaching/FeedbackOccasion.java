package org.liminal.coaching;

import java.time.LocalDate;

import org.liminal.trainings.TrainingView;

/**
 * What a coach gives feedback on, as the feedback form shows it.
 *
 * @param date the run-through's date, or the training's first day
 * @param part the presenter's part of the run-through with its timing; {@code null} on the delivered training
 */
public record FeedbackOccasion(FeedbackSubject subject, TrainingView training, String moduleTitle, LocalDate date,
		Presentation part) {
}
