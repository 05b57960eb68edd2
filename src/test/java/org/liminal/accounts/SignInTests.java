package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	OrganizationSummary organization;

	Person trainer;

	@BeforeEach
	void aMember() {
		organization = fixtures.organization("signin");
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
	}

	@Test
	void signInPageHasLabelledEmailAndPasswordFields() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<label for=\"email\">Email</label>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<label for=\"password\">Password</label>")));
	}

	@Test
	void aMemberSignsInAndLandsInTheirOrganization() throws Exception {
		MockHttpSession session = SignIn.as(mvc, trainer.email());

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/" + organization.slug()));
		mvc.perform(get("/" + organization.slug()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(organization.name())));
	}

	@Test
	void emailIsNotCaseSensitive() throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user(trainer.email().toUpperCase()).password(Fixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user(trainer.email()).password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("do not match")));
	}

	@Test
	void repeatedFailuresLockTheEmailEvenAgainstTheRightPassword() throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(formLogin("/login").userParameter("email").user(trainer.email()).password("guess-" + attempt))
				.andExpect(unauthenticated());
		}

		mvc.perform(formLogin("/login").userParameter("email").user(trainer.email()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void aSuccessfulSignInResetsTheFailureCount() throws Exception {
		for (int attempt = 0; attempt < 4; attempt++) {
			mvc.perform(formLogin("/login").userParameter("email").user(trainer.email()).password("guess-" + attempt));
		}
		SignIn.as(mvc, trainer.email());
		for (int attempt = 0; attempt < 4; attempt++) {
			mvc.perform(formLogin("/login").userParameter("email").user(trainer.email()).password("guess-" + attempt));
		}

		SignIn.as(mvc, trainer.email());
	}

	@Test
	void aFormWithoutCsrfTokenIsRejected() throws Exception {
		mvc.perform(post("/login").param("email", trainer.email()).param("password", Fixtures.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();

		var result = mvc.perform(post("/login").session(before)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("email", trainer.email())
			.param("password", Fixtures.PASSWORD)).andExpect(authenticated()).andReturn();

		assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MockHttpSession session = SignIn.as(mvc, trainer.email());

		mvc.perform(post("/logout").session(session)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(redirectedUrl("/login?signedOut"));
		mvc.perform(get("/" + organization.slug()).session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aSessionIsKeptInTheDatabaseForTheConfiguredIdleTimeUntilSigningOut() throws Exception {
		MockHttpSession session = SignIn.as(mvc, trainer.email());

		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(trainer.email())
			.query(Integer.class)
			.list()).as("one session, idle for at most SESSION_TIMEOUT (8h)").containsExactly(8 * 60 * 60);

		mvc.perform(post("/logout").session(session)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(trainer.email())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void pagesCarrySecurityHeadersWithAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("default-src 'self'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/" + organization.slug())).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

}
