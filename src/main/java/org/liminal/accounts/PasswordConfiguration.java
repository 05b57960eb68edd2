package org.liminal.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web application and by operator commands alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm recorded in each hash so it can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
