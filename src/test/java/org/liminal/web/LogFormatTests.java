package org.liminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.liminal.LogFormat;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain text logs unless LOG_FORMAT asks for JSON (json, or a Boot format); JSON lines carry the request id. */
class LogFormatTests {

	@Test
	void textUnlessLogFormatAsksForJson() throws IOException {
		assertThat(format(Map.of())).isEmpty();
		assertThat(format(Map.of("LOG_FORMAT", "text"))).isEmpty();
		assertThat(format(Map.of("LOG_FORMAT", "json"))).isEqualTo("ecs");
		assertThat(format(Map.of("LOG_FORMAT", "ecs"))).isEqualTo("ecs");
		assertThat(format(Map.of("LOG_FORMAT", "logstash"))).isEqualTo("logstash");
	}

	@Test
	void springBootAppliesItBeforeLoggingStarts() {
		// Boot's own post-processors need arguments this test does not give; only Liminal's is looked for.
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(EnvironmentPostProcessor.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {
			})))
			.hasAtLeastOneElementOfType(LogFormat.class);
	}

	private static String format(Map<String, Object> variables) throws IOException {
		return environment(variables).getProperty("logging.structured.format.console");
	}

	@Test
	void theTextPatternShowsTheRequestIdAfterTheLevelAndNothingOutsideRequests() throws IOException {
		LoggerContext context = new LoggerContext();
		PatternLayout layout = new PatternLayout();
		layout.setContext(context);
		layout.setPattern(environment(Map.of()).getProperty("logging.pattern.level") + " %m");
		layout.start();
		LoggingEvent inRequest = event(context, Map.of(RequestIds.KEY, "0a1b2c3d4e5f6071"));
		LoggingEvent outside = event(context, Map.of());

		assertThat(layout.doLayout(inRequest)).isEqualTo(" INFO [0a1b2c3d4e5f6071] Signed up");
		assertThat(layout.doLayout(outside)).isEqualTo(" INFO Signed up");
	}

	private static LoggingEvent event(LoggerContext context, Map<String, String> mdc) {
		LoggingEvent event = new LoggingEvent(LogFormatTests.class.getName(), context.getLogger("org.liminal.Test"),
				Level.INFO, "Signed up", null, null);
		event.setMDCPropertyMap(mdc);
		return event;
	}

	@Test
	void jsonWritesOneJsonObjectPerLineWithTheRequestId() throws IOException {
		StandardEnvironment environment = environment(Map.of("LOG_FORMAT", "json"));
		LoggerContext context = new LoggerContext();
		context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(environment.getProperty("logging.structured.format.console"));
		encoder.start();
		LoggingEvent event = event(context, Map.of(RequestIds.KEY, "0a1b2c3d4e5f6071"));

		String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

		assertThat(line.strip()).doesNotContain("\n");
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.get("message").asString()).isEqualTo("Signed up");
		assertThat(json.get(RequestIds.KEY).asString()).isEqualTo("0a1b2c3d4e5f6071");
	}

	/** The application's properties, with the given environment variables. */
	private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
		Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		environment.getPropertySources().addLast(new PropertiesPropertySource("application", properties));
		new LogFormat().postProcessEnvironment(environment, null);
		return environment;
	}

}
