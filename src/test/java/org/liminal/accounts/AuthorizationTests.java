package org.liminal.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liminal.Fixtures;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Within their own organization, people reach what their roles allow, and get a friendly 403 otherwise. */
@WebTest
class AuthorizationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	OrganizationSummary organization;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("authz");
	}

	@ParameterizedTest
	@EnumSource(OrganizationRole.class)
	void everyRoleSeesTheOrganizationHome(OrganizationRole role) throws Exception {
		MockHttpSession session = SignIn.as(mvc, fixtures.member(organization, role).email());

		mvc.perform(get("/" + organization.slug()).session(session)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@EnumSource(value = OrganizationRole.class, names = "ORGANIZER", mode = EnumSource.Mode.EXCLUDE)
	void onlyOrganizersAdministerMembers(OrganizationRole role) throws Exception {
		MockHttpSession session = SignIn.as(mvc, fixtures.member(organization, role).email());
		String members = "/" + organization.slug() + "/members";

		mvc.perform(get(members).session(session)).andExpect(status().isForbidden());
		mvc.perform(post(members + "/invitations").session(session).with(csrf())
			.param("email", "x@test.example")
			.param("roles", "ORGANIZER")).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@EnumSource(value = OrganizationRole.class, names = "ORGANIZER")
	void organizersAdministerMembers(OrganizationRole role) throws Exception {
		MockHttpSession session = SignIn.as(mvc, fixtures.member(organization, role).email());

		mvc.perform(get("/" + organization.slug() + "/members").session(session)).andExpect(status().isOk());
	}

}
