package org.liminal;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json} asks for JSON logs without knowing Spring Boot's names for its formats: it means ECS
 * (Elastic Common Schema), which most collectors read; {@code text} means the plain default. Boot's own names
 * ({@code ecs}, {@code logstash}, {@code gelf}) pass through as they are. Runs before logging starts.
 */
public class LogFormat implements EnvironmentPostProcessor {

	static final String PROPERTY = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String asked = environment.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
		String meant = switch (asked) {
			case "json" -> "ecs";
			case "text" -> "";
			default -> null;
		};
		if (meant != null) {
			environment.getPropertySources().addFirst(new MapPropertySource("logFormat", Map.of(PROPERTY, meant)));
		}
	}

}
