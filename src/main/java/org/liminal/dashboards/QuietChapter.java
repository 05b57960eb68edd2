package org.liminal.dashboards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An active chapter that has gone quiet: no training for weeks and none scheduled.
 *
 * @param lastHeld the last day of its latest training, or {@code null} when it never held one
 * @param weeksQuiet whole weeks since then, or {@code -1} when it never held one
 */
public record QuietChapter(UUID chapterId, String name, LocalDate lastHeld, long weeksQuiet) {

	public boolean neverHeld() {
		return lastHeld == null;
	}

}
