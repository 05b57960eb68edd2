package org.liminal.dashboards;

import org.liminal.shared.FirstOf;

/**
 * What a trainer or coach has ahead and what waits on them, each list its first few and how many in all.
 *
 * @param trainersToCoach empty for someone who is not a coach
 */
public record MyPage(FirstOf<MyTraining> trainings, FirstOf<NextRunThrough> runThroughs,
		FirstOf<FeedbackToAcknowledge> feedback, FirstOf<TrainerToCoach> trainersToCoach) {
}
