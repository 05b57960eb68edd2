package org.liminal.accounts.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Pages opened from an emailed link need its token again for their form actions. */
@ControllerAdvice(assignableTypes = { InvitationController.class, PasswordResetController.class })
class TokenLinks {

	@ModelAttribute("token")
	String token(@PathVariable(required = false) String token) {
		return token;
	}

}
