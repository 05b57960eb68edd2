package org.liminal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The mail health check is off without a mail server, as it is when asked to be, and on with one. */
class MailHealthWithoutServerTests {

	@Test
	void offWithoutAMailServer() {
		assertThat(mailHealth(Map.of("spring.mail.host", ""))).isEqualTo("false");
		assertThat(mailHealth(Map.of())).isEqualTo("false");
	}

	@Test
	void leftAsItIsWithAServerOrWhenAskedFor() {
		assertThat(mailHealth(Map.of("spring.mail.host", "smtp.example.org"))).isNull();
		assertThat(mailHealth(Map.of("management.health.mail.enabled", "true"))).isEqualTo("true");
	}

	private static String mailHealth(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
		new MailHealthWithoutServer().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(MailHealthWithoutServer.ENABLED);
	}

}
