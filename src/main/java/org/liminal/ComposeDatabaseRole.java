package org.liminal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.env.Environment;

/**
 * With Docker Compose, Spring Boot connects as the container's superuser. The application must use
 * its plain role instead (created by {@code docker/postgres/init}), or row-level security would not
 * apply; migrations keep running as the owner ({@code spring.flyway.user}).
 */
class ComposeDatabaseRole implements BeanPostProcessor {

	private final Environment environment;

	ComposeDatabaseRole(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcConnectionDetails details && bean.getClass().getName().contains("docker.compose")) {
			return new JdbcConnectionDetails() {
				@Override
				public String getUsername() {
					return environment.getProperty("liminal.database.username");
				}

				@Override
				public String getPassword() {
					return environment.getProperty("liminal.database.password");
				}

				@Override
				public String getJdbcUrl() {
					return details.getJdbcUrl();
				}

				@Override
				public String getDriverClassName() {
					return details.getDriverClassName();
				}
			};
		}
		return bean;
	}

}
