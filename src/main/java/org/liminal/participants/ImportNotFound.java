package org.liminal.participants;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An uploaded list that is not (or no longer) waiting in this organization: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ImportNotFound extends RuntimeException {

	public ImportNotFound() {
		super("No such import here");
	}

}
