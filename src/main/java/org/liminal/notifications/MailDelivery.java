package org.liminal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.liminal.organizations.TenantContext;
import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the letters of the {@link Outbox}: every due letter of every organization, each in its own transaction
 * that holds the letter's row while the mail server takes it, so that several instances of the application never
 * send a letter twice ({@code FOR UPDATE SKIP LOCKED}: an instance passes over the letters another is sending).
 * A letter the server does not take is tried again after 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours;
 * after that it is given up (logged, and shown to the organizers, who may send it again). Without a configured
 * SMTP server, letters are written to the log and count as sent, as with {@link Mailer}.
 */
@Service
public class MailDelivery {

	private static final Log log = LogFactory.getLog(MailDelivery.class);

	/** The waits after each failed attempt; the attempt after the last one is the last. */
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

	private static final int ERROR_LENGTH = 1000;

	private final JdbcClient jdbc;

	private final MailTransport transport;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/** {@code liminal.mail.sent}: letters the mail server took (or, without one, that were written to the log). */
	private final Counter sent;

	/** {@code liminal.mail.failed}: attempts the server refused, {@code outcome} retrying or given_up (the last). */
	private final Counter retrying;

	private final Counter givenUp;

	MailDelivery(JdbcClient jdbc, MailTransport transport, Clock clock, PlatformTransactionManager transactionManager,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.sent = Counter.builder("liminal.mail.sent")
			.description("Letters the mail server took")
			.register(meters);
		this.retrying = failures(meters, "retrying");
		this.givenUp = failures(meters, "given_up");
	}

	private static Counter failures(MeterRegistry meters, String outcome) {
		return Counter.builder("liminal.mail.failed")
			.description("Sending attempts the mail server refused: tried again later, or given up after the last")
			.tag("outcome", outcome)
			.register(meters);
	}

	/**
	 * Sends every letter that is due now, organization by organization. Runs by itself every
	 * {@code liminal.mail.delivery-interval}; must be called outside a transaction.
	 */
	public DeliveryReport deliverDue() {
		Instant now = clock.instant();
		// Row-level security hides letters until the tenant is known: a function of the schema's owner tells which
		// organizations have due letters (their ids only).
		List<UUID> organizations = jdbc.sql("select mail_organizations_with_due_letters(?)")
			.param(Timestamp.from(now))
			.query(UUID.class)
			.list();
		DeliveryReport report = new DeliveryReport(0, 0, 0);
		for (UUID organizationId : organizations) {
			report = report.plus(TenantContext.callAsOrganization(organizationId, () -> deliverDueOfOrganization(now)));
		}
		return report;
	}

	private DeliveryReport deliverDueOfOrganization(Instant now) {
		int sent = 0;
		int retrying = 0;
		int failed = 0;
		Optional<Outcome> outcome;
		// Counted once the letter's new state is committed.
		while ((outcome = Optional.ofNullable(transactions.execute(status -> deliverNext(now)))).isPresent()) {
			switch (outcome.get()) {
				case SENT -> {
					sent++;
					this.sent.increment();
				}
				case RETRYING -> {
					retrying++;
					this.retrying.increment();
				}
				case FAILED -> {
					failed++;
					this.givenUp.increment();
				}
			}
		}
		return new DeliveryReport(sent, retrying, failed);
	}

	/** Claims one due letter (passing over those another instance is sending) and sends it; null when none. */
	private Outcome deliverNext(Instant now) {
		Optional<DueLetter> due = jdbc.sql("""
				select id, to_address, subject, html_body, text_body, unsubscribe_url, attempts from mail_letter
				where status = 'PENDING' and next_attempt_at <= ?
				order by next_attempt_at, created_at
				limit 1
				for update skip locked""")
			.param(Timestamp.from(now))
			.query(RecordRows.of(DueLetter.class))
			.optional();
		if (due.isEmpty()) {
			return null;
		}
		DueLetter letter = due.get();
		Instant attemptedAt = clock.instant();
		try {
			transport.send(letter.toAddress(), letter.subject(), letter.textBody(), letter.htmlBody(),
					headers(letter), attachments(letter.id()));
		}
		catch (RuntimeException ex) {
			// The server's refusal (MailException) or anything else: either way this letter waits, the others go.
			return failedAttempt(letter, attemptedAt, ex);
		}
		jdbc.sql("""
				update mail_letter set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,
				    version = version + 1
				where id = ?""")
			.params(Timestamp.from(attemptedAt), letter.id())
			.update();
		return Outcome.SENT;
	}

	private Outcome failedAttempt(DueLetter letter, Instant attemptedAt, RuntimeException ex) {
		int attempts = letter.attempts() + 1;
		String error = describe(ex);
		boolean givingUp = attempts > BACKOFF.size();
		Instant next = givingUp ? attemptedAt : attemptedAt.plus(BACKOFF.get(attempts - 1));
		jdbc.sql("""
				update mail_letter set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
				    version = version + 1
				where id = ?""")
			.params(givingUp ? "FAILED" : "PENDING", attempts, Timestamp.from(next), error, letter.id())
			.update();
		if (givingUp) {
			log.warn("Gave up mail " + letter.id() + " to " + letter.toAddress() + " after " + attempts
					+ " attempts: " + error);
			return Outcome.FAILED;
		}
		log.info("Mail " + letter.id() + " to " + letter.toAddress() + " not taken (attempt " + attempts
				+ "), trying again at " + next + ": " + error);
		return Outcome.RETRYING;
	}

	private List<LetterAttachment> attachments(UUID letterId) {
		return jdbc.sql("""
				select file_name, content_type, content from mail_letter_attachment
				where letter_id = ? order by position""")
			.param(letterId)
			.query((row, number) -> new LetterAttachment(row.getString("file_name"), row.getString("content_type"),
					row.getBytes("content")))
			.list();
	}

	/** RFC 2369 and RFC 8058: mail programs offer their own "unsubscribe" button, which posts to the address. */
	private static Map<String, String> headers(DueLetter letter) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (letter.unsubscribeUrl() != null) {
			headers.put("List-Unsubscribe", "<" + letter.unsubscribeUrl() + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return headers;
	}

	private static String describe(Exception ex) {
		StringBuilder description = new StringBuilder(String.valueOf(ex.getMessage()));
		Throwable cause = ex.getCause();
		while (cause != null && description.length() < ERROR_LENGTH) {
			if (cause.getMessage() != null && !description.toString().contains(cause.getMessage())) {
				description.append(": ").append(cause.getMessage());
			}
			cause = cause.getCause();
		}
		return description.length() > ERROR_LENGTH ? description.substring(0, ERROR_LENGTH) : description.toString();
	}

	private enum Outcome {

		SENT, RETRYING, FAILED

	}

	private record DueLetter(UUID id, String toAddress, String subject, String htmlBody, String textBody,
			String unsubscribeUrl, int attempts) {
	}

}
