package org.liminal.organizations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Anything of an organization that is not the caller's answers "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganizationNotFoundException extends RuntimeException {

	public OrganizationNotFoundException() {
		super("Not found");
	}

}
