package org.liminal.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.accounts.Accounts;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A person in several organizations picks one after signing in, and can switch from any page. */
@WebTest
class OrganizationPickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Test
	void someoneInSeveralOrganizationsChoosesOneAndCanSwitch() throws Exception {
		OrganizationSummary first = fixtures.organization("picker-first");
		OrganizationSummary second = fixtures.organization("picker-second");
		OrganizationSummary unrelated = fixtures.organization("picker-unrelated");
		Person person = fixtures.member(first, OrganizationRole.TRAINER);
		fixtures.join(second, person.account(), OrganizationRole.COACH);
		fixtures.member(unrelated, OrganizationRole.ORGANIZER);
		MockHttpSession session = SignIn.as(mvc, person.email());

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/organizations"));
		mvc.perform(get("/organizations").session(session))
			.andExpect(content().string(allOf(containsString("href=\"/" + first.slug() + "\""),
					containsString("href=\"/" + second.slug() + "\""), not(containsString(unrelated.slug())))));
		mvc.perform(get("/" + first.slug()).session(session))
			.andExpect(content().string(allOf(containsString("class=\"menu switcher\""),
					containsString("href=\"/" + second.slug() + "\""))));
	}

	@Test
	void someoneWithoutOrganizationsLearnsHowToJoinOne() throws Exception {
		String email = Fixtures.unique("loner") + "@test.example";
		accounts.findOrCreate(email, "Lone Person", Fixtures.PASSWORD);
		MockHttpSession session = SignIn.as(mvc, email);

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/organizations"));
		mvc.perform(get("/organizations").session(session))
			.andExpect(content().string(containsString("do not belong to any organization yet")));
	}

}
