package org.liminal.preparation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A checklist task (or checklist) that does not exist in this organization, or that the person may not touch. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ChecklistItemNotFound extends RuntimeException {

	public ChecklistItemNotFound() {
		super("No such checklist task here");
	}

}
