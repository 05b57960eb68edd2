package org.liminal.preparation;

import java.time.LocalDate;
import java.util.UUID;

/** The daily run found that an upcoming training turned red; its reasons are in its {@link Readiness}. */
public record TrainingAtRisk(UUID organizationId, UUID trainingId, UUID chapterId, LocalDate firstDay,
		Readiness readiness, LocalDate runDate) {
}
