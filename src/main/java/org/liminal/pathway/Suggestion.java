package org.liminal.pathway;

import java.util.UUID;

import org.liminal.trainings.TrainingSummary;

/**
 * Someone who meets a kind's rule and does not hold it: ready to recognize.
 *
 * @param readyVerdicts how many times coaches found them ready on the module
 * @param latestTraining the training of the latest of those verdicts, or null if it is gone
 * @param latestRunThroughId the run-through of that verdict, or null when it was given on the delivered training
 */
public record Suggestion(QualificationKindView kind, UUID accountId, String name, UUID moduleKey, String moduleTitle,
		int readyVerdicts, UUID latestTrainingId, TrainingSummary latestTraining, UUID latestRunThroughId) {
}
