package org.liminal.participants;

/**
 * The outcome of a sign-up.
 *
 * @param existing whether this email had already signed up for the training (nothing new was written)
 * @param waitlistPosition 1 for the first person waiting; 0 with a seat
 */
public record SignUp(Registration registration, boolean existing, int waitlistPosition) {
}
