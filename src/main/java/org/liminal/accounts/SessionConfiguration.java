package org.liminal.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (decision 0019). Two requests of one person at once (two tabs, or a page and a form) may
 * both add the same attribute to the session, a CSRF token say: the second insert then updates the row instead of
 * failing on its key, which answered one of them 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
