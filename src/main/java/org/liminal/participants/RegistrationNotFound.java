package org.liminal.participants;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A registration that does not exist in this organization: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RegistrationNotFound extends RuntimeException {

	public RegistrationNotFound() {
		super("No such registration here");
	}

}
