package org.liminal.trainings;

/**
 * Where and for whom a training runs.
 *
 * @param address a street address, empty when the training is online only
 * @param onlineLink the video-call link, empty when the training is in person only
 * @param language an ISO 639 code, one of the program's languages
 * @param open {@code true} when anyone may sign up from the public pages, {@code false} for invite-only
 */
public record TrainingDetails(String address, String onlineLink, int capacity, String language, boolean open,
		String notes) {

	public TrainingDetails {
		address = address == null ? "" : address.strip();
		onlineLink = onlineLink == null ? "" : onlineLink.strip();
		notes = notes == null ? "" : notes.strip();
	}

	public boolean isOnline() {
		return !onlineLink.isEmpty();
	}

	public boolean isInPerson() {
		return !address.isEmpty();
	}

}
