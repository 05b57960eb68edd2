package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.notifications.MailDeliveryFailed;
import org.liminal.notifications.Mailer;
import org.liminal.notifications.OutgoingMail;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** When the mail server is down, people are told so and nothing is half-saved. */
@WebTest
class MailOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@MockitoBean
	Mailer mailer;

	OrganizationSummary organization;

	Person organizer;

	@BeforeEach
	void mailServerIsDown() {
		doThrow(new MailDeliveryFailed("anyone", new RuntimeException("connection refused"))).when(mailer)
			.send(any(OutgoingMail.class));
		organization = fixtures.organization("outage");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
	}

	@Test
	void anInvitationThatCannotBeMailedIsNotSaved() throws Exception {
		mvc.perform(post("/" + organization.slug() + "/members/invitations").session(SignIn.as(mvc, organizer.email()))
			.with(csrf())
			.param("email", Fixtures.unique("invitee") + "@test.example")
			.param("roles", "TRAINER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("inviteForm"))
			.andExpect(content().string(Matchers.containsString("could not be sent")));

		assertThat(TenantContext.callAsOrganization(organization.id(), fixtures::pendingInvitations)).isEmpty();
	}

	@Test
	void aResetRequestThatCannotBeMailedSaysSo() throws Exception {
		mvc.perform(post("/password-reset").with(csrf()).param("email", organizer.email()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("could not be sent")));
	}

}
