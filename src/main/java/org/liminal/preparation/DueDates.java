package org.liminal.preparation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each task of a checklist is due: the training's first day plus the task's offset, except that nothing is
 * due before the day the plan is made. Tasks that would already be late (a training scheduled or moved with
 * less than the template's lead time) are spread between that day and the date of the next task that is not,
 * and marked compressed: the team sees what to catch up on first, instead of a wall of overdue tasks.
 */
final class DueDates {

	/** A task's due date, and whether it was squeezed in ahead of its usual place. */
	record Due(LocalDate date, boolean compressed) {
	}

	private DueDates() {
	}

	/**
	 * @param offsets the offsets (days from the first day) of the tasks to plan; tasks sharing an offset share a
	 * due date
	 * @param today the chapter's date the plan is made on
	 */
	static Map<Integer, Due> plan(LocalDate firstDay, Collection<Integer> offsets, LocalDate today) {
		List<Integer> sorted = offsets.stream().distinct().sorted().toList();
		List<Integer> late = sorted.stream().filter(offset -> firstDay.plusDays(offset).isBefore(today)).toList();
		LocalDate next = sorted.stream()
			.map(firstDay::plusDays)
			.filter(date -> !date.isBefore(today))
			.findFirst()
			.orElse(today);
		long span = ChronoUnit.DAYS.between(today, next);
		Map<Integer, Due> plan = new HashMap<>();
		for (int i = 0; i < late.size(); i++) {
			plan.put(late.get(i), new Due(today.plusDays(i * span / late.size()), true));
		}
		for (Integer offset : sorted) {
			plan.putIfAbsent(offset, new Due(firstDay.plusDays(offset), false));
		}
		return plan;
	}

}
