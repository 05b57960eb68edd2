package org.liminal.coaching;

import java.util.UUID;

/**
 * How much one coach coached in a period.
 *
 * @param feedbackGiven feedback they submitted in the period
 * @param trainers the different trainers that feedback went to
 * @param drafts feedback of theirs still a draft, whenever started
 */
public record CoachingLoad(UUID coachId, int feedbackGiven, int trainers, int drafts) {
}
