package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The member list costs the same number of queries for 3 members as for 30. */
@WebTest
@Import(QueryCounter.class)
class MembersPageQueriesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theMemberListLoadsInABoundedNumberOfQueries() throws Exception {
		int small = queriesForMemberList(2);
		int large = queriesForMemberList(29);

		assertThat(large).isEqualTo(small);
		// Tenant resolution, layout, members, their accounts, pending invitations: a dozen at most.
		assertThat(small).isLessThanOrEqualTo(12);
	}

	private int queriesForMemberList(int othersThanTheOrganizer) throws Exception {
		OrganizationSummary organization = fixtures.organization("queries");
		MockHttpSession session = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		for (int i = 0; i < othersThanTheOrganizer; i++) {
			fixtures.member(organization, OrganizationRole.TRAINER);
		}
		QueryCounter.reset();
		mvc.perform(get("/" + organization.slug() + "/members").session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

}
