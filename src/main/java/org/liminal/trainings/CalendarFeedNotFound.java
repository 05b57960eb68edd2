package org.liminal.trainings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A feed address that leads nowhere (never issued, or replaced by a new one), or a feed the person may not
 * change: "not found" either way.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CalendarFeedNotFound extends RuntimeException {

	public CalendarFeedNotFound() {
		super("No such calendar feed");
	}

}
