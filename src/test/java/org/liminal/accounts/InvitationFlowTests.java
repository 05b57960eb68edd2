package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.TestDatabase;
import org.liminal.TestMail;
import org.liminal.WebTest;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An organizer invites someone by email; the link works once, for a while, and makes them a member. */
@WebTest
class InvitationFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Memberships memberships;

	OrganizationSummary organization;

	MockHttpSession organizer;

	String invitee;

	@BeforeEach
	void anOrganizer() throws Exception {
		organization = fixtures.organization("invite");
		organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		invitee = Fixtures.unique("newcomer") + "@test.example";
	}

	@Test
	void aNewcomerAcceptsTheEmailedInvitationAndSignsIn() throws Exception {
		invite(invitee, "TRAINER", "COACH");
		String link = TestMail.linkTo(invitee, "http://localhost/invitations/");
		String path = link.substring("http://localhost".length());

		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(organization.name())))
			.andExpect(content().string(containsString("Trainer")));
		mvc.perform(post(path).with(csrf())
			.param("displayName", "Nadia Newcomer")
			.param("password", "a-long-enough-password")
			.param("confirmation", "a-long-enough-password")).andExpect(redirectedUrl("/login"));

		MockHttpSession session = SignIn.as(mvc, invitee, "a-long-enough-password");
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/" + organization.slug()));
		var account = accounts.findByEmail(invitee).orElseThrow();
		assertThat(account.displayName()).isEqualTo("Nadia Newcomer");
		assertThat(TenantContext.callAsOrganization(organization.id(), () -> memberships.rolesOf(account.id())))
			.contains(Set.of(OrganizationRole.TRAINER, OrganizationRole.COACH));
	}

	@Test
	void theLinkWorksOnlyOnce() throws Exception {
		invite(invitee, "TRAINER");
		String path = TestMail.linkTo(invitee, "http://localhost/invitations/").substring("http://localhost".length());
		accept(path);

		mvc.perform(get(path)).andExpect(content().string(containsString("can no longer be used")));
		mvc.perform(post(path).with(csrf())
			.param("displayName", "Someone Else")
			.param("password", "another-long-password")
			.param("confirmation", "another-long-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be used")));
	}

	@Test
	void anExpiredLinkCannotBeUsed() throws Exception {
		invite(invitee, "TRAINER");
		String path = TestMail.linkTo(invitee, "http://localhost/invitations/").substring("http://localhost".length());
		try (Connection superuser = TestDatabase.get().superuserConnection();
				PreparedStatement expire = superuser
					.prepareStatement("update invitation set expires_at = now() - interval '1 minute' where email = ?")) {
			expire.setString(1, invitee);
			expire.executeUpdate();
		}

		mvc.perform(get(path)).andExpect(content().string(containsString("can no longer be used")));
		assertThat(accounts.findByEmail(invitee)).isEmpty();
	}

	@Test
	void badInputIsShownNextToTheFieldsAndNothingIsCreated() throws Exception {
		invite(invitee, "TRAINER");
		String path = TestMail.linkTo(invitee, "http://localhost/invitations/").substring("http://localhost".length());

		mvc.perform(post(path).with(csrf())
			.param("displayName", "")
			.param("password", "short")
			.param("confirmation", "different"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "displayName", "password", "confirmed"))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(accounts.findByEmail(invitee)).isEmpty();
	}

	@Test
	void someoneWithAnAccountJoinsAfterSigningIn() throws Exception {
		Person elsewhere = fixtures.member(fixtures.organization("invite-other"), OrganizationRole.COACH);
		invite(elsewhere.email(), "TRAINER");
		String path = TestMail.linkTo(elsewhere.email(), "http://localhost/invitations/")
			.substring("http://localhost".length());
		MockHttpSession session = SignIn.as(mvc, elsewhere.email());

		mvc.perform(post(path + "/join").session(session).with(csrf()))
			.andExpect(redirectedUrl("/" + organization.slug()));

		mvc.perform(get("/" + organization.slug()).session(session)).andExpect(status().isOk());
	}

	@Test
	void invitingAnExistingMemberIsRefusedNextToTheEmailField() throws Exception {
		Person member = fixtures.member(organization, OrganizationRole.TRAINER);

		mvc.perform(post("/" + organization.slug() + "/members/invitations").session(organizer).with(csrf())
			.param("email", member.email())
			.param("roles", "COACH"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "members.error.alreadyMember"));
	}

	@Test
	void anInvitationNeedsAValidEmailAndARole() throws Exception {
		mvc.perform(post("/" + organization.slug() + "/members/invitations").session(organizer).with(csrf())
			.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("inviteForm", "email", "roles"));
	}

	@Test
	void aRevokedInvitationCannotBeUsed() throws Exception {
		invite(invitee, "TRAINER");
		String path = TestMail.linkTo(invitee, "http://localhost/invitations/").substring("http://localhost".length());
		var pending = TenantContext.callAsOrganization(organization.id(),
				() -> fixtures.pendingInvitations()).get(0);

		mvc.perform(post("/" + organization.slug() + "/members/invitations/" + pending.id() + "/revoke")
			.session(organizer).with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(get(path)).andExpect(content().string(containsString("can no longer be used")));
	}

	private void invite(String email, String... roles) throws Exception {
		mvc.perform(post("/" + organization.slug() + "/members/invitations").session(organizer).with(csrf())
			.param("email", email)
			.param("roles", roles)).andExpect(redirectedUrl("/" + organization.slug() + "/members"));
	}

	private void accept(String path) throws Exception {
		mvc.perform(post(path).with(csrf())
			.param("displayName", "First Taker")
			.param("password", "a-long-enough-password")
			.param("confirmation", "a-long-enough-password")).andExpect(redirectedUrl("/login"));
	}

}
