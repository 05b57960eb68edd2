package org.liminal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Application-wide infrastructure: one clock (so tests can move time), the database role under Compose. */
@Configuration(proxyBeanMethods = false)
class InfrastructureConfiguration {

	@Bean
	static ComposeDatabaseRole composeDatabaseRole(org.springframework.core.env.Environment environment) {
		return new ComposeDatabaseRole(environment);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
