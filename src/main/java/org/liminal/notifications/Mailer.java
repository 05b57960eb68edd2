package org.liminal.notifications;

import java.util.List;
import java.util.Map;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Sends a plain-text email at once, for mail whose sender waits for it (invitations, password resets): they are
 * told when it could not be sent. Without a configured SMTP server the message is written to the log. Letters
 * that may wait and must not be lost go through the {@link Outbox} instead.
 */
@Service
public class Mailer {

	private final MailTransport transport;

	Mailer(MailTransport transport) {
		this.transport = transport;
	}

	/**
	 * Sends the mail.
	 * @throws MailDeliveryFailed when the mail server refuses or cannot be reached
	 */
	public void send(OutgoingMail mail) {
		try {
			transport.send(mail.to(), mail.subject(), mail.body(), null, Map.of(), List.of());
		}
		catch (MailException ex) {
			throw new MailDeliveryFailed(mail.to(), ex);
		}
	}

}
