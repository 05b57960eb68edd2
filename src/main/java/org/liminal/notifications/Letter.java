package org.liminal.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One email to queue in the {@link Outbox}.
 *
 * @param organizationId the organization it is sent for; the outbox must run with it as the tenant
 * @param recipientId the member's account id, or null for someone without an account (a participant)
 * @param to the address
 * @param locale the recipient's language, for the subject and the templates
 * @param kind what it is for, which decides whether the recipient may turn it off
 * @param template a name such as {@code "preparation/digest"}: {@code templates/mail/preparation/digest.html}
 * (HTML) and {@code templates/mail/preparation/digest.txt} (Thymeleaf TEXT mode, the plain-text alternative)
 * @param subjectKey the message key of the subject
 * @param subjectArgs the subject's arguments
 * @param model what the templates show, besides what the outbox adds ({@code organizationName},
 * {@code organizationUrl}, {@code preferencesUrl}, {@code unsubscribeUrl})
 * @param dedupeKey unique per organization, such as {@code "digest:<accountId>:2026-03-02"}: a second letter with
 * the same key is not queued; null for never deduplicated
 * @param attachments files sent with it, in this order (most letters have none)
 */
public record Letter(UUID organizationId, UUID recipientId, String to, Locale locale, LetterKind kind,
		String template, String subjectKey, List<Object> subjectArgs, Map<String, Object> model, String dedupeKey,
		List<LetterAttachment> attachments) {

	public Letter {
		Objects.requireNonNull(organizationId, "organizationId");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(subjectKey, "subjectKey");
		// Copies that allow nulls: a template may well show an empty value.
		subjectArgs = subjectArgs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(subjectArgs));
		model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A letter without attachments. */
	public Letter(UUID organizationId, UUID recipientId, String to, Locale locale, LetterKind kind, String template,
			String subjectKey, List<Object> subjectArgs, Map<String, Object> model, String dedupeKey) {
		this(organizationId, recipientId, to, locale, kind, template, subjectKey, subjectArgs, model, dedupeKey,
				List.of());
	}

}
