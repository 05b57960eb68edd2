package org.liminal.preparation;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How far a checklist has come: tasks done out of those that count (cancelled ones do not), and how many open
 * ones are past their date.
 */
public record Progress(int done, int total, int overdue) {

	public static final Progress NONE = new Progress(0, 0, 0);

	static Progress of(Collection<ChecklistItem> items, LocalDate today) {
		int done = 0;
		int total = 0;
		int overdue = 0;
		for (ChecklistItem item : items) {
			if (item.status() == ItemStatus.CANCELLED) {
				continue;
			}
			total++;
			done += item.isDone() ? 1 : 0;
			overdue += item.isOverdue(today) ? 1 : 0;
		}
		return new Progress(done, total, overdue);
	}

	/** Whole percent done, rounded down so that 100 means everything; 0 for an empty checklist. */
	public int percent() {
		return total == 0 ? 0 : done * 100 / total;
	}

	public int open() {
		return total - done;
	}

}
