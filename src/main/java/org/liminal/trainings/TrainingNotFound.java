package org.liminal.trainings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A training that does not exist in this organization, or that the person may not change (a lead of
 * another chapter): "not found" either way, so nothing about it is revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrainingNotFound extends RuntimeException {

	public TrainingNotFound() {
		super("No such training here");
	}

}
