package org.liminal.dashboards;

import org.liminal.coaching.FeedbackDue;
import org.liminal.trainings.TrainingSummary;

/**
 * Feedback on someone they have not acknowledged yet, named.
 *
 * @param coachName blank when the coach has left the organization
 */
public record FeedbackToAcknowledge(FeedbackDue feedback, TrainingSummary training, String moduleTitle,
		String coachName) {
}
