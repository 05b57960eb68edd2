package org.liminal.pathway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone who may not grant or revoke this person's qualifications: a coach recognizes only the trainers they
 * coach, organizers anyone. A friendly "forbidden", as for a missing role.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class RecognitionRefused extends RuntimeException {

	public RecognitionRefused() {
		super("Only organizers and this person's coaches recognize them");
	}

}
