package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.TestMail;
import org.liminal.WebTest;
import org.liminal.organizations.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The operator's command creates an organization and invites its first organizer. */
@WebTest
class OperatorCommandTests {

	@Autowired
	Organizations organizations;

	@Autowired
	Invitations invitations;

	@Test
	void createsAnOrganizationAndMailsItsFirstOrganizerAnInvitation() {
		String slug = Fixtures.unique("acme");
		String organizer = Fixtures.unique("ana") + "@test.example";

		command("create-organization", "--slug=" + slug, "--name=Acme Movement", "--organizer=" + organizer);

		assertThat(organizations.findBySlug(slug)).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Acme Movement"));
		assertThat(TestMail.linkTo(organizer, "http://localhost/invitations/")).isNotBlank();
	}

	@Test
	void refusesAReservedOrMalformedSlugWithAClearMessage() {
		assertThatThrownBy(() -> command("create-organization", "--slug=login", "--name=X", "--organizer=a@b.example"))
			.hasMessageContaining("Invalid organization slug");
		assertThatThrownBy(() -> command("create-organization", "--slug=Not Valid", "--name=X", "--organizer=a@b.example"))
			.hasMessageContaining("Invalid organization slug");
	}

	@Test
	void refusesADuplicateSlug() {
		String slug = Fixtures.unique("twice");
		command("create-organization", "--slug=" + slug, "--name=Once", "--organizer=" + slug + "@test.example");

		assertThatThrownBy(() -> command("create-organization", "--slug=" + slug, "--name=Twice",
				"--organizer=" + slug + "@test.example")).hasMessageContaining("already exists");
	}

	@Test
	void explainsItsUsageWhenArgumentsAreMissing() {
		assertThatThrownBy(() -> command("create-organization", "--slug=x")).hasMessageContaining("Usage:");
	}

	private void command(String... args) {
		new OperatorCommand(organizations, invitations).run(new DefaultApplicationArguments(args));
	}

}
