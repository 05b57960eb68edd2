package org.liminal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every test application context at the run's {@link TestDatabase} and {@link TestMail} server
 * (registered in spring.factories, so no test can forget it).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String MOCK_MVC_SESSIONS = "mockMvcSessions";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>(TestDatabase.get().properties());
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", TestMail.port());
		properties.put("liminal.base-url", "http://localhost");
		// Tests deliver the outbox when they choose (MailDelivery.deliverDue), never behind their back.
		properties.put("liminal.mail.background-delivery", false);
		// Failed event publications stay as they failed unless a test resubmits them (DatabaseOutageTests does).
		properties.put("liminal.events.resubmit-failed", false);
		// Tests run the daily run themselves, with their clock.
		properties.put("liminal.preparation.daily-run.enabled", false);
		// Every request finds its organization: a page's statement count must not depend on which came before it
		// (RememberedOrganizationsTests covers the remembering).
		properties.put("liminal.organizations.slugs-remembered-for", "0s");
		// Spring keeps one context per test configuration alive, each with its own pool: small pools that let
		// idle connections go keep a whole run (or several side by side) within the server's connection limit.
		properties.put("spring.datasource.hikari.maximum-pool-size", 5);
		properties.put("spring.datasource.hikari.minimum-idle", 1);
		properties.put("spring.datasource.hikari.idle-timeout", 10_000);
		// A test's own @TestPropertySource says what it needs: it wins over these.
		PropertySource<?> inlined = context.getEnvironment()
			.getPropertySources()
			.get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
		if (inlined != null) {
			properties.keySet().removeIf(inlined::containsProperty);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testInfrastructure", properties));
		// MockMvc tests keep their signed-in sessions as MockHttpSessions (see MockMvcSessions).
		if (context instanceof GenericApplicationContext beans && !beans.containsBeanDefinition(MOCK_MVC_SESSIONS)) {
			beans.registerBean(MOCK_MVC_SESSIONS, FilterRegistrationBean.class, () -> {
				FilterRegistrationBean<MockMvcSessions> registration = new FilterRegistrationBean<>(new MockMvcSessions());
				registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
				return registration;
			});
		}
	}

}
