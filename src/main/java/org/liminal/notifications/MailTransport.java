package org.liminal.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The one way out to the SMTP server, for mail sent at once ({@link Mailer}) and letters of the outbox
 * ({@link MailDelivery}). Without a server (a laptop with no mail catcher), the message is written to the log so
 * that links in it can still be followed, and counts as sent.
 */
@Component
class MailTransport {

	private static final Log log = LogFactory.getLog(MailTransport.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final boolean smtpConfigured;

	MailTransport(ObjectProvider<JavaMailSender> mailSender, @Value("${liminal.mail.from}") String from,
			@Value("${spring.mail.host:}") String host) {
		this.mailSender = mailSender;
		this.from = from;
		this.smtpConfigured = !host.isBlank();
	}

	/**
	 * Sends a message with a plain-text body and, when {@code html} is not null, an HTML alternative.
	 * @param headers extra headers, such as {@code List-Unsubscribe}
	 * @param attachments files sent with it, as parts of their own after the bodies
	 * @throws MailException when the server refuses the message or cannot be reached
	 */
	void send(String to, String subject, String text, String html, Map<String, String> headers,
			List<LetterAttachment> attachments) {
		if (!smtpConfigured) {
			log.info("No mail server configured (MAIL_HOST); this mail was not sent:\nTo: " + to + "\nSubject: "
					+ subject + "\n\n" + text + attachments.stream()
						.map(attachment -> "\n[attached: " + attachment.fileName() + "]")
						.collect(Collectors.joining()));
			return;
		}
		JavaMailSender sender = mailSender.getObject();
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, html != null || !attachments.isEmpty(),
					StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			if (html != null) {
				helper.setText(text, html);
			}
			else {
				helper.setText(text);
			}
			for (LetterAttachment attachment : attachments) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			for (Map.Entry<String, String> header : headers.entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		sender.send(message);
	}

}
