package org.liminal.participants;

/**
 * A training's people at a glance, for its staff.
 *
 * @param confirmed people with a seat (expected at the door)
 * @param checkedIn people welcomed at the door, walk-ins included
 * @param walkIns people who registered at the door
 */
public record Headcount(int capacity, int confirmed, int waitlisted, int checkedIn, int walkIns) {

	public int free() {
		return Math.max(0, capacity - confirmed);
	}

	public boolean isFull() {
		return confirmed >= capacity;
	}

}
