package org.liminal.coaching.web;

import java.util.List;

import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughView;

/**
 * A run-through with everything named: modules by title, people by name, each part's timing and the totals.
 *
 * @param actualTotal {@code null} until every part is timed
 */
record RunThroughCard(RunThroughView runThrough, List<Line> lines, List<String> watchers, String plannedBy,
		String loggedBy, int plannedTotal, Integer actualTotal, Timing total) {

	/** One part: a module presented by someone, with its timing. */
	record Line(Presentation part, String module, String presenter, Timing timing) {
	}

}
