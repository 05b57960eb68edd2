package org.liminal.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.TestMail;
import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.OutboxTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** Unsubscribing from a letter, choosing one's mail, and the organizers' view of mail that was not delivered. */
class NotificationPagesTests extends OutboxTest {

	// --- Unsubscribing ------------------------------------------------------------------------------------------

	@Test
	void openingTheUnsubscribeAddressOnlyAsksAndThePostTurnsTheDigestOff() throws Exception {
		String path = unsubscribePathOfADigestTo(trainer.email());

		String page = mvc.perform(get(path).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Stop receiving: Daily digest", organization.name(), "method=\"post\"");
		assertThat(digestsWanted()).as("after opening the address").isTrue();

		mvc.perform(post(path).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flashSuccess", "unsubscribe.done"));

		assertThat(digestsWanted()).isFalse();
		assertThat(mvc.perform(get(path).locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString())
			.contains("turned off")
			.doesNotContain("Stop receiving: Daily digest");
	}

	@Test
	void aMailProgramsOneClickUnsubscribeWorksWithoutAFormToken() throws Exception {
		String path = unsubscribePathOfADigestTo(trainer.email());

		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).andExpect(status().is3xxRedirection());

		assertThat(digestsWanted()).isFalse();
		assertThat(queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, null))).isFalse();
	}

	@Test
	void anUnknownUnsubscribeAddressIsNotFound() throws Exception {
		mvc.perform(get("/unsubscribe/" + UUID.randomUUID()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
		mvc.perform(post("/unsubscribe/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void theUnsubscribePageSpeaksSpanish() throws Exception {
		String path = unsubscribePathOfADigestTo(trainer.email());

		String page = mvc.perform(get(path).param("lang", "es"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Dejar de recibir: Resumen diario");
	}

	// --- Choosing one's mail ------------------------------------------------------------------------------------

	@Test
	void aMemberTurnsTheDigestOffAndOnAgain() throws Exception {
		MockHttpSession session = SignIn.as(mvc, trainer.email());
		String page = mvc.perform(get(path("/notifications")).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Daily digest", "value=\"DIGEST\"", "checked=\"checked\"");

		mvc.perform(post(path("/notifications")).session(session).with(csrf()))
			.andExpect(redirectedUrl(path("/notifications")))
			.andExpect(flash().attribute("flashSuccess", "notifications.saved"));
		assertThat(digestsWanted()).isFalse();
		assertThat(queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, null))).isFalse();

		mvc.perform(post(path("/notifications")).session(session).with(csrf()).param("received", "DIGEST"))
			.andExpect(redirectedUrl(path("/notifications")));
		assertThat(digestsWanted()).isTrue();
	}

	@Test
	void aKindThatDoesNotExistIsANoteNextToTheChoicesNotAnError() throws Exception {
		MockHttpSession session = SignIn.as(mvc, trainer.email());

		String page = mvc.perform(post(path("/notifications")).session(session)
			.with(csrf())
			.locale(Locale.ENGLISH)
			.param("received", "SPAM")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Choose among the kinds of email offered.");
		assertThat(digestsWanted()).isTrue();
	}

	@Test
	void theHomePageLeadsToTheChoiceAndOrganizersToUndeliveredMail() throws Exception {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		giveUp();

		String organizersHome = mvc.perform(get(path("")).session(SignIn.as(mvc, organizer.email()))
			.locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString();
		String trainersHome = mvc.perform(get(path("")).session(SignIn.as(mvc, trainer.email()))
			.locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString();

		assertThat(organizersHome).contains("Mail delivery: 1 letter could not be sent", path("/mail"),
				path("/notifications"));
		assertThat(trainersHome).contains(path("/notifications")).doesNotContain(path("/mail"));
	}

	// --- Undelivered mail ---------------------------------------------------------------------------------------

	@Test
	void organizersSeeGivenUpAndWaitingLettersAndSendOneAgain() throws Exception {
		String waiting = uniqueAddress();
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		giveUp();
		queue(other(waiting));
		delivery.deliverDue();
		MockHttpSession session = SignIn.as(mvc, organizer.email());

		String page = page("/mail", session);
		assertThat(page).contains(trainer.email(), waiting, "Given up", "Send again", "Next attempt",
				"You are invited to join " + organization.name())
			.containsPattern("<td>6</td>");
		assertThat(page.indexOf(waiting)).as("newest first").isLessThan(page.indexOf(trainer.email()));

		UUID letterId = letterIdTo(trainer.email());
		long version = lettersVersion(letterId);
		mvc.perform(post(path("/mail/" + letterId + "/retry")).session(session)
			.with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(path("/mail")))
			.andExpect(flash().attribute("flashSuccess", "letters.queuedAgain"));
		mvc.perform(post(path("/mail/" + letterId + "/retry")).session(session)
			.with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(path("/mail")))
			.andExpect(flash().attribute("flashError", "letters.error.changed"));

		mailServerIsUp();
		delivery.deliverDue();
		assertThat(TestMail.messagesTo(trainer.email())).hasSize(1);
		assertThat(page("/mail", session)).doesNotContain(trainer.email());
	}

	@Test
	void onlyOrganizersSeeUndeliveredMail() throws Exception {
		mvc.perform(get(path("/mail")).session(SignIn.as(mvc, trainer.email()))).andExpect(status().isForbidden());
		mvc.perform(post(path("/mail/" + UUID.randomUUID() + "/retry")).session(SignIn.as(mvc, trainer.email()))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theUndeliveredMailPageCostsTheSameForThreeLettersAsForThirty() throws Exception {
		MockHttpSession session = SignIn.as(mvc, organizer.email());
		mailServerIsDown();
		postOthers(3);
		delivery.deliverDue();
		int three = queries("/mail", session);

		postOthers(27);
		clock.advance(Duration.ofMinutes(1));
		delivery.deliverDue();
		int thirty = queries("/mail", session);
		int secondPage = queries("/mail?page=2", session);

		assertThat(thirty).isEqualTo(three);
		assertThat(secondPage).isEqualTo(three);
		// Tenant resolution, the layout, the counts and the rows.
		assertThat(three).isLessThanOrEqualTo(10);
		assertThat(page("/mail?page=2", session)).contains("page 2 of 2");
		assertThat(page("/mail?page=nonsense", session)).contains("page 1 of 2");
	}

	// --- Helpers ------------------------------------------------------------------------------------------------

	private String unsubscribePathOfADigestTo(String address) {
		queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, null));
		delivery.deliverDue();
		return TestMail.linkTo(address, "http://localhost/unsubscribe/").substring("http://localhost".length());
	}

	private boolean digestsWanted() {
		return as(() -> preferences.received(trainer.accountId())).contains(LetterKind.DIGEST);
	}

	private String path(String rest) {
		return "/" + organization.slug() + rest;
	}

	private String page(String rest, MockHttpSession session) throws Exception {
		return mvc.perform(get(path(rest)).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int queries(String rest, MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path(rest)).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private Letter other(String address) {
		return new Letter(organization.id(), null, address, Locale.ENGLISH, LetterKind.TRANSACTIONAL, "test/greeting",
				"mail.invitation.subject", List.of(organization.name()), Map.of("headline", "Hi", "body", "Due"), null);
	}

	private void postOthers(int count) {
		for (int i = 0; i < count; i++) {
			queue(other(uniqueAddress()));
		}
	}

	private long lettersVersion(UUID letterId) {
		return as(() -> new org.springframework.jdbc.core.JdbcTemplate(dataSource)
			.queryForObject("select version from mail_letter where id = ?", Long.class, letterId));
	}

}
