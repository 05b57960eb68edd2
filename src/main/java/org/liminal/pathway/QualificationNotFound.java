package org.liminal.pathway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A grant, or a person to grant to, that does not exist in this organization: "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class QualificationNotFound extends RuntimeException {

	public QualificationNotFound() {
		super("No such qualification or member in this organization");
	}

}
