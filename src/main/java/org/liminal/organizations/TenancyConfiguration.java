package org.liminal.organizations;

import java.util.UUID;

import javax.sql.DataSource;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the one tenant mechanism into both layers: Hibernate's {@code @TenantId} filter and
 * PostgreSQL row-level security read the same {@link TenantContext}.
 */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

	@Bean
	static BeanPostProcessor tenantAwareDataSourcePostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)
						&& !TenantAwareDataSource.isWrapped(bean)) {
					return TenantAwareDataSource.wrap(dataSource);
				}
				return bean;
			}
		};
	}

	@Bean
	HibernatePropertiesCustomizer tenantIdentifierResolver() {
		CurrentTenantIdentifierResolver<UUID> resolver = new CurrentTenantIdentifierResolver<>() {
			@Override
			public UUID resolveCurrentTenantIdentifier() {
				return TenantContext.organizationId().orElse(TenantContext.NO_ORGANIZATION);
			}

			@Override
			public boolean validateExistingCurrentSessions() {
				return false;
			}
		};
		return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
	}

}
