package org.liminal.pathway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A kind of qualification that does not exist in this organization: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class QualificationKindNotFound extends RuntimeException {

	public QualificationKindNotFound() {
		super("No such kind of qualification in this organization");
	}

}
