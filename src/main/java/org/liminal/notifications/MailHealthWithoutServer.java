package org.liminal.notifications;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Without a mail server ({@code MAIL_HOST} unset: letters are written to the log) the mail health check has nothing
 * to ask: it would try port 25 of this machine and report the whole application DOWN. It is switched off then,
 * unless asked for; with a server it reports on it as usual.
 */
public class MailHealthWithoutServer implements EnvironmentPostProcessor {

	static final String ENABLED = "management.health.mail.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!StringUtils.hasText(environment.getProperty("spring.mail.host")) && !environment.containsProperty(ENABLED)) {
			environment.getPropertySources().addLast(new MapPropertySource("noMailServer", Map.of(ENABLED, "false")));
		}
	}

}
