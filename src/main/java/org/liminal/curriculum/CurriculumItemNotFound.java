package org.liminal.curriculum;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A program, version, module or item that does not exist in this organization: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CurriculumItemNotFound extends RuntimeException {

	public CurriculumItemNotFound() {
		super("No such curriculum item in this organization");
	}

}
