package org.liminal.dashboards;

import org.liminal.preparation.RegistrationCount;
import org.liminal.trainings.TrainingSummary;

/**
 * An upcoming training's registrations.
 *
 * @param lastWeek people who signed up in the last {@link ChapterDashboard#SIGN_UP_DAYS} days
 */
public record TrainingSignUps(TrainingSummary training, RegistrationCount count, int lastWeek) {
}
