package org.liminal.participants;

/** A training's seats: how many, how many are taken, and how many people wait for one. */
public record Seats(int capacity, int taken, int waitlisted) {

	public int free() {
		return capacity - taken;
	}

	public boolean isFull() {
		return taken >= capacity;
	}

}
