package org.liminal.participants;

import org.liminal.trainings.TrainingSummary;

/**
 * One of a person's registrations with the training it is for.
 *
 * @param teamName the team they chose to join, when that is their next step
 */
public record PersonRegistration(Registration registration, TrainingSummary training, String teamName) {
}
