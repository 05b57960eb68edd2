package org.liminal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something of one's own organization that one's part in it does not allow: the friendly "not allowed" page. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAllowed extends RuntimeException {

	public NotAllowed() {
		super("Not allowed for this member");
	}

}
