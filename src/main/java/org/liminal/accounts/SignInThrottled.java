package org.liminal.accounts;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures for this email. */
class SignInThrottled extends AuthenticationException {

	SignInThrottled() {
		super("Too many failed sign-ins; try again later");
	}

}
