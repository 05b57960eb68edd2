package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.TestMail;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "Forgot your password?" from the request to signing in with the new password. */
@WebTest
class PasswordResetFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Person coach;

	@BeforeEach
	void aMember() {
		coach = fixtures.member(fixtures.organization("reset"), OrganizationRole.COACH);
	}

	@Test
	void aMemberResetsTheirPasswordThroughTheEmailedLink() throws Exception {
		requestReset(coach.email());
		String path = TestMail.linkTo(coach.email(), "http://localhost/password-reset/")
			.substring("http://localhost".length());

		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("New password")));
		mvc.perform(post(path).with(csrf())
			.param("password", "my-brand-new-password")
			.param("confirmation", "my-brand-new-password")).andExpect(redirectedUrl("/login"));

		SignIn.as(mvc, coach.email(), "my-brand-new-password");
		mvc.perform(formLogin("/login").userParameter("email").user(coach.email()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated());
	}

	@Test
	void theLinkWorksOnlyOnce() throws Exception {
		requestReset(coach.email());
		String path = TestMail.linkTo(coach.email(), "http://localhost/password-reset/")
			.substring("http://localhost".length());
		mvc.perform(post(path).with(csrf())
			.param("password", "my-brand-new-password")
			.param("confirmation", "my-brand-new-password"));

		mvc.perform(post(path).with(csrf())
			.param("password", "an-attackers-password")
			.param("confirmation", "an-attackers-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be used")));
		SignIn.as(mvc, coach.email(), "my-brand-new-password");
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
		String nobody = Fixtures.unique("nobody") + "@test.example";

		requestReset(nobody);

		assertThat(TestMail.messagesTo(nobody)).isEmpty();
	}

	@Test
	void aTooShortOrMismatchedPasswordIsShownNextToTheField() throws Exception {
		requestReset(coach.email());
		String path = TestMail.linkTo(coach.email(), "http://localhost/password-reset/")
			.substring("http://localhost".length());

		mvc.perform(post(path).with(csrf()).param("password", "short").param("confirmation", "other"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "password", "confirmed"));
		SignIn.as(mvc, coach.email());
	}

	@Test
	void anInvalidEmailIsShownNextToTheField() throws Exception {
		mvc.perform(post("/password-reset").with(csrf()).param("email", "not an email"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email"));
	}

	@Test
	void repeatedRequestsDoNotFloodTheInbox() throws Exception {
		for (int request = 0; request < 5; request++) {
			requestReset(coach.email());
		}

		assertThat(TestMail.messagesTo(coach.email())).hasSize(PasswordResets.FLOOD_LIMIT);
	}

	private void requestReset(String email) throws Exception {
		mvc.perform(post("/password-reset").with(csrf()).param("email", email)).andExpect(redirectedUrl("/login"));
	}

}
