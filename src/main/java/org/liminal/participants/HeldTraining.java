package org.liminal.participants;

import java.time.LocalDate;
import java.util.UUID;

/** One completed training and what became of the people who signed up for it. */
public record HeldTraining(UUID trainingId, UUID chapterId, LocalDate firstDay, Funnel funnel) {
}
