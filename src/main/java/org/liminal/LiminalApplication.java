package org.liminal;

import org.liminal.accounts.OperatorCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Liminal: running mass training programs for many organizations on one deployment. Application module
 * listeners run asynchronously, after the transaction that published their event has committed.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class LiminalApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(LiminalApplication.class);
		application.addListeners(new DatabaseBootstrap());
		if (!OperatorCommand.isRequested(args)) {
			application.run(args);
			return;
		}
		// Operator commands do their work and exit; they need no web server and no demo data.
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles("operator");
		try {
			ConfigurableApplicationContext context = application.run(args);
			System.exit(SpringApplication.exit(context));
		}
		catch (RuntimeException ex) {
			System.err.println(rootMessage(ex));
			System.exit(2);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof OperatorCommand.OperatorCommandFailed)) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
