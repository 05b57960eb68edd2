package org.liminal.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The operator's way to create an organization:
 * {@code java -jar liminal.jar create-organization --slug=acme --name="Acme Movement" --organizer=ana@acme.org}.
 * Creates the organization and invites its first organizer (the link is mailed and printed).
 */
@Component
@Profile("operator")
public class OperatorCommand implements ApplicationRunner {

	static final String CREATE_ORGANIZATION = "create-organization";

	private final Organizations organizations;

	private final Invitations invitations;

	OperatorCommand(Organizations organizations, Invitations invitations) {
		this.organizations = organizations;
		this.invitations = invitations;
	}

	/** Whether the command line asks for it (launchers may put options such as profiles before it). */
	public static boolean isRequested(String[] args) {
		return Arrays.asList(args).contains(CREATE_ORGANIZATION);
	}

	@Override
	public void run(ApplicationArguments args) {
		String slug = single(args, "slug");
		String name = single(args, "name");
		String organizer = single(args, "organizer");
		if (slug == null || name == null || organizer == null || !organizer.contains("@")) {
			throw new OperatorCommandFailed("Usage: create-organization --slug=<slug> --name=<name> "
					+ "--organizer=<email of the first organizer>");
		}
		OrganizationSummary organization;
		try {
			organization = organizations.create(slug, name);
		}
		catch (IllegalArgumentException ex) {
			throw new OperatorCommandFailed(ex.getMessage());
		}
		String link = TenantContext.callAsOrganization(organization.id(),
				() -> invitations.invite(organizer, Set.of(OrganizationRole.ORGANIZER), null, Locale.ENGLISH));
		System.out.println("Created organization '" + organization.name() + "' at /" + organization.slug()
				+ ".\nInvitation for its first organizer, " + organizer + " (also mailed): " + link);
	}

	private static String single(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
	}

	/** The command could not be carried out; its message says why. */
	public static class OperatorCommandFailed extends RuntimeException {

		OperatorCommandFailed(String message) {
			super(message);
		}

	}

}
