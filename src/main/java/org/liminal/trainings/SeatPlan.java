package org.liminal.trainings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One seat of a training's team as the staffing page lists it.
 *
 * @param title the module's title or the day-of role's name; {@code null} for the lead trainer and coach
 * @param moduleId the module in the training's pinned version, for links to its facilitation guide
 * @param busy when the seat's holder is busy, in the chapter's local time; empty for the lead trainer and
 *        coach, who oversee rather than hold the floor, and for modules not on the agenda
 */
public record SeatPlan(Seat seat, String title, UUID moduleId, List<Interval> busy) {

	public SeatPlan {
		busy = List.copyOf(busy);
	}

	/** A stretch of local time on one day. */
	public record Interval(LocalDateTime start, LocalDateTime end) {

		boolean overlaps(Interval other) {
			return start.isBefore(other.end) && other.start.isBefore(end);
		}

	}

	boolean clashesWith(SeatPlan other) {
		if (seat.post() == Post.MODULE && seat.moduleKey().equals(other.seat.moduleKey())) {
			return true;
		}
		return busy.stream().anyMatch(mine -> other.busy.stream().anyMatch(mine::overlaps));
	}

}
