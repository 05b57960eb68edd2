package org.liminal.participants;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A person this organization does not know, or not one this member may see: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PersonNotFound extends RuntimeException {

	public PersonNotFound() {
		super("No such person here");
	}

}
