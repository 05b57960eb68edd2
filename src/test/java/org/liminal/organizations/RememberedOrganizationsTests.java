package org.liminal.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.QueryCounter;
import org.liminal.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production settings for the two savings a surge of sign-ups feels on every request: the organization a slug names is
 * remembered, and a pooled connection that already carries a request's tenant is not set again. Neither may ever
 * show one organization's page with another's data, nor hide an organization created a moment ago.
 */
@WebTest
@Import(QueryCounter.class)
@TestPropertySource(properties = "liminal.organizations.slugs-remembered-for=60s")
class RememberedOrganizationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organizations organizations;

	@Test
	void aRememberedOrganizationCostsNoStatement() throws Exception {
		OrganizationSummary organization = fixtures.organization("remembered");

		QueryCounter.reset();
		joinPage(organization.slug());
		int first = QueryCounter.count();
		QueryCounter.reset();
		joinPage(organization.slug());
		int second = QueryCounter.count();

		assertThat(second).as("finding the organization by its slug, once").isEqualTo(first - 1);
	}

	@Test
	void pagesOfTwoOrganizationsInTurnEachShowTheirOwn() throws Exception {
		OrganizationSummary a = fixtures.organization("turns-a");
		OrganizationSummary b = fixtures.organization("turns-b");

		for (int i = 0; i < 12; i++) {
			OrganizationSummary organization = i % 2 == 0 ? a : b;
			OrganizationSummary other = i % 2 == 0 ? b : a;
			assertThat(joinPage(organization.slug())).contains(organization.name()).doesNotContain(other.name());
		}
	}

	@Test
	void anOrganizationCreatedAfterItsSlugWasNotFoundIsFoundAtOnce() throws Exception {
		String slug = Fixtures.unique("soon");
		mvc.perform(get("/" + slug + "/join")).andExpect(status().isNotFound());

		OrganizationSummary created = organizations.create(slug, "Org soon");

		assertThat(joinPage(slug)).contains(created.name());
	}

	private String joinPage(String slug) throws Exception {
		return mvc.perform(get("/" + slug + "/join").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
