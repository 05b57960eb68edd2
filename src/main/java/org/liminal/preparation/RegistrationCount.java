package org.liminal.preparation;

/**
 * How many people signed up for a training, as readiness weighs them.
 *
 * @param capacity the training's seats
 * @param confirmed people with a seat
 * @param waitlisted people waiting for one
 */
public record RegistrationCount(int capacity, int confirmed, int waitlisted) {

	/** When no module keeps registrations: nothing to weigh (and no reason about them). */
	public static final RegistrationCount NOT_KEPT = new RegistrationCount(0, 0, 0);

	/** The share of seats taken; 100 for no seats (nothing to fill). */
	public int percentTaken() {
		return capacity <= 0 ? 100 : Math.round(100f * confirmed / capacity);
	}

}
