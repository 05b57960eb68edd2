package org.liminal.coaching;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Feedback that does not exist here, or that this person may not see: "not found" either way, so that nobody
 * learns that someone else's feedback exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FeedbackNotFound extends RuntimeException {

	public FeedbackNotFound() {
		super("No such feedback here");
	}

}
