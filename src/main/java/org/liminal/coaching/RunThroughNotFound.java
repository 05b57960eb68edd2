package org.liminal.coaching;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A run-through that does not exist in this organization (or on this training): "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RunThroughNotFound extends RuntimeException {

	public RunThroughNotFound() {
		super("No such run-through here");
	}

}
