package org.liminal.notifications;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A letter that is not the organization's, or an unsubscribe address that leads nowhere: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class LetterNotFound extends RuntimeException {

	public LetterNotFound() {
		super("No such letter");
	}

}
