package org.liminal.participants;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A team that does not exist in this chapter of this organization: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TeamNotFound extends RuntimeException {

	public TeamNotFound() {
		super("No such team here");
	}

}
