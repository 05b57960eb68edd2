package org.liminal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.notifications.LetterRenderer.Bodies;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where letters wait until {@link MailDelivery} sends them: queued in the transaction that decides to send them,
 * so that a letter exists exactly when the change it tells of does, and is sent even if the mail server is down
 * at that moment.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	private final LetterRenderer renderer;

	private final NotificationPreferences preferences;

	private final Organizations organizations;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	Outbox(JdbcClient jdbc, LetterRenderer renderer, NotificationPreferences preferences, Organizations organizations,
			MessageSource messages, Clock clock, @Value("${liminal.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.preferences = preferences;
		this.organizations = organizations;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Renders the letter now (so that a retry sends what was true when it was queued) and queues it in the
	 * caller's transaction, which must run with the letter's organization as the tenant. Letters that can be
	 * turned off get the recipient's unsubscribe address, in a footer and in the {@code List-Unsubscribe} header.
	 * @return false, queuing nothing, when a letter with the same dedupe key exists in the organization, or when
	 * the recipient turned letters of this kind off
	 */
	@Transactional
	public boolean post(Letter letter) {
		UUID organizationId = TenantContext.requireOrganizationId();
		if (!organizationId.equals(letter.organizationId())) {
			throw new IllegalStateException("A letter of organization " + letter.organizationId()
					+ " is posted as organization " + organizationId);
		}
		if (letter.dedupeKey() != null && isQueued(letter.dedupeKey())) {
			return false;
		}
		boolean mayTurnOff = letter.kind().optional() && letter.recipientId() != null;
		if (mayTurnOff && !preferences.receives(letter.recipientId(), letter.kind())) {
			return false;
		}
		OrganizationSummary organization = organizations.findById(organizationId).orElseThrow();
		String organizationUrl = baseUrl + "/" + organization.slug();
		String unsubscribeUrl = mayTurnOff
				? baseUrl + "/unsubscribe/" + preferences.unsubscribeToken(letter.recipientId(), letter.kind()) : null;
		Map<String, Object> model = new HashMap<>(letter.model());
		model.put("organizationName", organization.name());
		model.put("organizationUrl", organizationUrl);
		model.put("preferencesUrl", letter.recipientId() != null ? organizationUrl + "/notifications" : null);
		model.put("unsubscribeUrl", unsubscribeUrl);
		Bodies bodies = renderer.render(letter.template(), letter.locale(), model);
		String subject = messages.getMessage(letter.subjectKey(), letter.subjectArgs().toArray(), letter.locale());
		Timestamp now = Timestamp.from(clock.instant());
		UUID letterId = UUID.randomUUID();
		int queued = jdbc.sql("""
				insert into mail_letter (id, organization_id, recipient_id, to_address, kind, subject, html_body,
				    text_body, unsubscribe_url, dedupe_key, status, attempts, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
				on conflict (organization_id, dedupe_key) where dedupe_key is not null do nothing""")
			.params(letterId, organizationId, letter.recipientId(), letter.to(), letter.kind().name(), subject,
					bodies.html(), bodies.text(), unsubscribeUrl, letter.dedupeKey(), now, now)
			.update();
		if (queued == 1) {
			attach(organizationId, letterId, letter.attachments());
		}
		return queued == 1;
	}

	/**
	 * Forgets every letter to someone without an account at this address (a participant whose data is erased):
	 * those waiting are never sent, and those sent no longer keep their name and address here. Letters to members
	 * are theirs to keep. Runs in the caller's transaction, as the organization.
	 *
	 * @return how many letters were forgotten
	 */
	@Transactional
	public int forgetLettersTo(String address) {
		return jdbc.sql("delete from mail_letter where lower(to_address) = lower(?) and recipient_id is null")
			.param(address)
			.update();
	}

	private void attach(UUID organizationId, UUID letterId, List<LetterAttachment> attachments) {
		for (int position = 0; position < attachments.size(); position++) {
			LetterAttachment attachment = attachments.get(position);
			jdbc.sql("""
					insert into mail_letter_attachment (id, organization_id, letter_id, position, file_name,
					    content_type, content)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), organizationId, letterId, position, attachment.fileName(),
						attachment.contentType(), attachment.content())
				.update();
		}
	}

	private boolean isQueued(String dedupeKey) {
		return jdbc.sql("select exists (select 1 from mail_letter where dedupe_key = ?)")
			.param(dedupeKey)
			.query(Boolean.class)
			.single();
	}

}
