package org.liminal.trainings;

import org.liminal.chapters.Person;

/**
 * A seat of the team with whoever holds it.
 *
 * @param holder {@code null} while the seat is open
 */
public record StaffedSeat(SeatPlan plan, Person holder) {

	public Seat seat() {
		return plan.seat();
	}

	public boolean isFilled() {
		return holder != null;
	}

}
