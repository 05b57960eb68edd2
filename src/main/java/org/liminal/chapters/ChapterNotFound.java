package org.liminal.chapters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A chapter that does not exist in this organization: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ChapterNotFound extends RuntimeException {

	public ChapterNotFound() {
		super("No such chapter in this organization");
	}

}
