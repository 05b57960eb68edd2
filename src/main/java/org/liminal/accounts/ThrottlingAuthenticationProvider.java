package org.liminal.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks the throttle before the password and counts each outcome. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		if (throttle.isLocked(email)) {
			throw new SignInThrottled();
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.clear(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
