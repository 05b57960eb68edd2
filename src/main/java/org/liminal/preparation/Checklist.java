package org.liminal.preparation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One training's checklist as its page shows it.
 *
 * @param today the chapter's date now, which "overdue" is counted from
 * @param comments each task's comments, oldest first
 */
public record Checklist(UUID trainingId, LocalDate firstDay, ZoneId zone, boolean cancelled, LocalDate today,
		List<ChecklistItem> items, Map<UUID, List<ChecklistComment>> comments) {

	/** The tasks due in one week before the training (week 0: the training's days and after). */
	public record Week(int weeksBefore, List<ChecklistItem> items) {

		public boolean isTrainingWeek() {
			return weeksBefore == 0;
		}

	}

	public Checklist {
		items = List.copyOf(items);
		comments = Map.copyOf(comments);
	}

	public Progress progress() {
		return Progress.of(items, today);
	}

	/** Tasks grouped by the week before the training they fall in, the furthest week first. */
	public List<Week> weeks() {
		TreeMap<Integer, List<ChecklistItem>> weeks = new TreeMap<>(Comparator.reverseOrder());
		for (ChecklistItem item : items) {
			long daysBefore = ChronoUnit.DAYS.between(item.dueDate(), firstDay);
			int week = daysBefore <= 0 ? 0 : (int) ((daysBefore + 6) / 7);
			weeks.computeIfAbsent(week, key -> new ArrayList<>()).add(item);
		}
		return weeks.entrySet().stream().map(entry -> new Week(entry.getKey(), List.copyOf(entry.getValue()))).toList();
	}

	public List<ChecklistComment> commentsOn(UUID itemId) {
		return comments.getOrDefault(itemId, List.of());
	}

}
