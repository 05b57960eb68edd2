package org.liminal.dashboards;

import java.util.List;
import java.util.UUID;

import org.liminal.pathway.KindHolders;

/**
 * The trainer and coach pipeline: how many hold each step of the pathway now, and how much each coach coached in
 * the period.
 */
public record Pipeline(List<KindHolders> levels, List<CoachWork> coaches) {

	public Pipeline {
		levels = List.copyOf(levels);
		coaches = List.copyOf(coaches);
	}

	/** The most holders of any step, for scaling their bars (at least 1). */
	public int mostHolders() {
		return Math.max(1, levels.stream().mapToInt(KindHolders::holders).max().orElse(0));
	}

	/** A coach by name with their load; their account leads to the feedback behind it. */
	public record CoachWork(UUID accountId, String name, int feedbackGiven, int trainers, int drafts) {
	}

}
