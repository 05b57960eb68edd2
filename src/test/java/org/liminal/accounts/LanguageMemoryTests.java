package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The language someone uses the site in is kept, so that the emails Liminal sends on its own use it too. */
@WebTest
class LanguageMemoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Test
	void signingInWithASpanishBrowserIsRemembered() throws Exception {
		OrganizationSummary organization = fixtures.organization("language");
		Person coach = fixtures.member(organization, OrganizationRole.COACH);

		mvc.perform(post("/login").with(csrf())
			.locale(Locale.forLanguageTag("es"))
			.param("email", coach.email())
			.param("password", Fixtures.PASSWORD)).andExpect(status().is3xxRedirection());

		assertThat(accounts.languagesOf(List.of(coach.accountId()))).containsEntry(coach.accountId(),
				Locale.forLanguageTag("es"));
	}

	@Test
	void switchingLanguageIsRemembered() throws Exception {
		OrganizationSummary organization = fixtures.organization("language");
		Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		assertThat(accounts.languagesOf(List.of(trainer.accountId()))).containsEntry(trainer.accountId(), Locale.ENGLISH);
		MockHttpSession session = SignIn.as(mvc, trainer.email());

		mvc.perform(get("/" + organization.slug()).param("lang", "es").session(session)).andExpect(status().isOk());
		assertThat(accounts.languagesOf(List.of(trainer.accountId()))).containsEntry(trainer.accountId(),
				Locale.forLanguageTag("es"));

		mvc.perform(get("/" + organization.slug()).param("lang", "en").session(session)).andExpect(status().isOk());
		assertThat(accounts.languagesOf(List.of(trainer.accountId()))).containsEntry(trainer.accountId(), Locale.ENGLISH);
	}

}
