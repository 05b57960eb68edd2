package org.liminal.notifications;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends email through the configured SMTP server. Without one (a laptop with no mail catcher), the
 * message is written to the log so that links in it can still be followed.
 */
@Service
public class Mailer {

	private static final Log log = LogFactory.getLog(Mailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final boolean smtpConfigured;

	Mailer(ObjectProvider<JavaMailSender> mailSender, @Value("${liminal.mail.from}") String from,
			@Value("${spring.mail.host:}") String host) {
		this.mailSender = mailSender;
		this.from = from;
		this.smtpConfigured = !host.isBlank();
	}

	/**
	 * Sends the mail.
	 * @throws MailDeliveryFailed when the mail server refuses or cannot be reached
	 */
	public void send(OutgoingMail mail) {
		if (!smtpConfigured) {
			log.info("No mail server configured (MAIL_HOST); this mail was not sent:\nTo: " + mail.to()
					+ "\nSubject: " + mail.subject() + "\n\n" + mail.body());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			mailSender.getObject().send(message);
		}
		catch (MailException ex) {
			throw new MailDeliveryFailed(mail.to(), ex);
		}
	}

}
