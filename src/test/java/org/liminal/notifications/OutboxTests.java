package org.liminal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures.Person;
import org.liminal.TestMail;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;

/** Letters are rendered when queued, sent as text and HTML in the recipient's language, once, and only if wanted. */
class OutboxTests extends OutboxTest {

	@Test
	void aLetterArrivesAsPlainTextAndHtmlInEnglish() throws Exception {
		assertThat(queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null))).isTrue();

		delivery.deliverDue();

		MimeMessage mail = onlyMailTo(trainer.email());
		assertThat(mail.getSubject()).isEqualTo("You are invited to join " + organization.name() + " on Liminal");
		assertThat(mail.getFrom()[0].toString()).contains("no-reply@liminal.invalid");
		Parts parts = parts(mail);
		assertThat(parts.text()).contains("Headline for " + trainer.email(), "Three tasks are due this week.",
				"Sent by Liminal for " + organization.name())
			.doesNotContain("<");
		assertThat(parts.html()).contains("<h1>Headline for " + trainer.email() + "</h1>", "lang=\"en\"",
				"Sent by Liminal for " + organization.name(), "href=\"http://localhost/" + organization.slug() + "\"")
			.doesNotContain("<script", "<link");
		assertThat(lettersTo(trainer.email())).singleElement().satisfies(row -> {
			assertThat(row.get("status")).isEqualTo("SENT");
			assertThat(row.get("attempts")).isEqualTo(1);
		});
	}

	@Test
	void aLetterArrivesInTheRecipientsLanguage() throws Exception {
		queue(letter(trainer, LetterKind.ALERT, Locale.forLanguageTag("es"), null));

		delivery.deliverDue();

		MimeMessage mail = onlyMailTo(trainer.email());
		assertThat(mail.getSubject()).isEqualTo("Te invitan a unirte a " + organization.name() + " en Liminal");
		Parts parts = parts(mail);
		assertThat(parts.text()).contains("Enviado por Liminal para " + organization.name());
		assertThat(parts.html()).contains("Enviado por Liminal para " + organization.name(), "lang=\"es\"");
	}

	@Test
	void aLetterIsRenderedWhenQueued() {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		String html = as(() -> new org.springframework.jdbc.core.JdbcTemplate(dataSource)
			.queryForObject("select html_body from mail_letter where to_address = ?", String.class, trainer.email()));

		assertThat(html).contains("Headline for " + trainer.email(), organization.name());
		assertThat(mailsTo(trainer.email())).isZero();
	}

	@Test
	void aDedupeKeyQueuesOneLetterAndSendsOneMail() {
		String key = "digest:" + trainer.accountId() + ":2026-03-02";

		assertThat(queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, key))).isTrue();
		assertThat(queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, key))).isFalse();
		delivery.deliverDue();
		assertThat(queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, key))).as("after it was sent").isFalse();
		delivery.deliverDue();

		assertThat(lettersTo(trainer.email())).hasSize(1);
		assertThat(mailsTo(trainer.email())).isEqualTo(1);
	}

	@Test
	void theSameDedupeKeyInAnotherOrganizationIsAnotherLetter() {
		String key = "digest:shared-key";
		OrganizationSummary other = fixtures.organization("outbox-other");
		Person otherTrainer = fixtures.member(other, OrganizationRole.TRAINER);
		queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, key));

		boolean posted = TenantContext.callAsOrganization(other.id(),
				() -> outbox.post(new Letter(other.id(), otherTrainer.accountId(), otherTrainer.email(), Locale.ENGLISH,
						LetterKind.DIGEST, "test/greeting", "mail.invitation.subject", List.of(other.name()),
						Map.of("headline", "Hi", "body", "Due"), key)));

		assertThat(posted).isTrue();
	}

	@Test
	void aDigestCarriesItsUnsubscribeAddressInTheHeadersAndTheFooter() throws Exception {
		queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, null));

		delivery.deliverDue();

		MimeMessage mail = onlyMailTo(trainer.email());
		String link = TestMail.linkTo(trainer.email(), "http://localhost/unsubscribe/");
		assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + link + ">");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		Parts parts = parts(mail);
		assertThat(parts.html()).contains("href=\"" + link + "\"", "Stop these emails",
				"http://localhost/" + organization.slug() + "/notifications");
		assertThat(parts.text()).contains("Stop these emails: " + link);
	}

	@Test
	void everyDigestOfAPersonCarriesTheSameAddress() {
		queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, "digest:1"));
		queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, "digest:2"));

		List<String> addresses = as(() -> new org.springframework.jdbc.core.JdbcTemplate(dataSource)
			.queryForList("select unsubscribe_url from mail_letter where to_address = ?", String.class, trainer.email()));

		assertThat(addresses).hasSize(2).doesNotContainNull();
		assertThat(Set.copyOf(addresses)).hasSize(1);
	}

	@Test
	void alertsAndTransactionalMailCarryNoUnsubscribeAddress() throws Exception {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));

		delivery.deliverDue();

		MimeMessage mail = onlyMailTo(trainer.email());
		assertThat(mail.getHeader("List-Unsubscribe")).isNull();
		assertThat(parts(mail).html()).doesNotContain("/unsubscribe/");
	}

	@Test
	void aKindTurnedOffIsNotQueuedButAlertsStillAre() {
		as(() -> {
			preferences.choose(trainer.accountId(), Set.of());
			return null;
		});

		assertThat(queue(letter(trainer, LetterKind.DIGEST, Locale.ENGLISH, null))).isFalse();
		assertThat(queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null))).isTrue();
		assertThat(lettersTo(trainer.email())).hasSize(1);
	}

	@Test
	void aLetterOfAnotherOrganizationIsRefused() {
		OrganizationSummary other = fixtures.organization("outbox-other");

		assertThatThrownBy(() -> TenantContext.callAsOrganization(other.id(),
				() -> outbox.post(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null))))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aLetterToSomeoneWithoutAnAccountHasNoPreferencesLink() throws Exception {
		String participant = uniqueAddress();
		queue(new Letter(organization.id(), null, participant, Locale.ENGLISH, LetterKind.PARTICIPANT_REMINDER,
				"test/greeting", "mail.invitation.subject", List.of(organization.name()),
				Map.of("headline", "See you Saturday", "body", "Bring a friend."), null));

		delivery.deliverDue();

		Parts parts = parts(onlyMailTo(participant));
		assertThat(parts.html()).contains("See you Saturday").doesNotContain("/notifications", "/unsubscribe/");
	}

	@Test
	void anAttachmentTravelsWithTheLetterAsAPartOfItsOwn() throws Exception {
		Letter plain = letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null);
		byte[] calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		queue(new Letter(plain.organizationId(), plain.recipientId(), plain.to(), plain.locale(), plain.kind(),
				plain.template(), plain.subjectKey(), plain.subjectArgs(), plain.model(), null,
				List.of(new LetterAttachment("training.ics", "text/calendar; charset=UTF-8; method=PUBLISH", calendar))));

		delivery.deliverDue();

		MimeMessage mail = onlyMailTo(trainer.email());
		assertThat(parts(mail).text()).contains("Three tasks are due this week.");
		Multipart mixed = (Multipart) mail.getContent();
		BodyPart attached = null;
		for (int i = 0; i < mixed.getCount(); i++) {
			if (mixed.getBodyPart(i).isMimeType("text/calendar")) {
				attached = mixed.getBodyPart(i);
			}
		}
		assertThat(attached).as("the calendar part").isNotNull();
		assertThat(attached.getFileName()).isEqualTo("training.ics");
		assertThat(attached.getInputStream().readAllBytes()).isEqualTo(calendar);
	}

	private static MimeMessage onlyMailTo(String address) {
		List<MimeMessage> mails = TestMail.messagesTo(address);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	/** The plain-text and HTML alternatives of a multipart/alternative message (possibly inside a mixed one). */
	static Parts parts(MimeMessage mail) throws Exception {
		String[] found = new String[2];
		collect((Multipart) mail.getContent(), found);
		assertThat(found).as("text and HTML parts").doesNotContainNull();
		return new Parts(found[0], found[1]);
	}

	private static void collect(Multipart multipart, String[] found) throws Exception {
		if (multipart instanceof MimeMultipart mime && mime.getContentType().startsWith("multipart/alternative")) {
			assertThat(mime.getCount()).isEqualTo(2);
		}
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				found[0] = (String) part.getContent();
			}
			else if (part.isMimeType("text/html")) {
				found[1] = (String) part.getContent();
			}
			else if (part.getContent() instanceof Multipart nested) {
				collect(nested, found);
			}
		}
	}

	record Parts(String text, String html) {
	}

}
