package org.liminal.curriculum;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One day of the agenda with clock times: each slot starts when the previous one ends, from the day's start.
 *
 * @param totalMinutes the length of the whole day, modules and breaks
 */
public record AgendaDay(int day, LocalTime startsAt, List<TimedSlot> slots, LocalTime endsAt, int totalMinutes) {

	/**
	 * A module or a break in the day's order.
	 *
	 * @param moduleId {@code null} for a break
	 */
	public record Slot(UUID itemId, UUID moduleId, String title, int minutes, int trainersNeeded, String notes) {

		public boolean isBreak() {
			return moduleId == null;
		}

	}

	/** A slot with its clock times. */
	public record TimedSlot(Slot slot, LocalTime startsAt, LocalTime endsAt) {

		public UUID itemId() {
			return slot.itemId();
		}

		public UUID moduleId() {
			return slot.moduleId();
		}

		public boolean isBreak() {
			return slot.isBreak();
		}

	}

	static AgendaDay of(int day, LocalTime startsAt, List<Slot> slots) {
		List<TimedSlot> timed = new ArrayList<>();
		LocalTime clock = startsAt;
		int total = 0;
		for (Slot slot : slots) {
			LocalTime end = clock.plusMinutes(slot.minutes());
			timed.add(new TimedSlot(slot, clock, end));
			clock = end;
			total += slot.minutes();
		}
		return new AgendaDay(day, startsAt, List.copyOf(timed), clock, total);
	}

	/** Whether the day runs past midnight, which a one-day agenda never should. */
	public boolean overrunsMidnight() {
		return totalMinutes >= 24 * 60 - startsAt.toSecondOfDay() / 60;
	}

}
