package org.liminal.dashboards;

import org.liminal.coaching.CoacheeWork;

/** A trainer a coach coaches, with what waits on the coach for them. */
public record TrainerToCoach(String name, CoacheeWork work) {
}
