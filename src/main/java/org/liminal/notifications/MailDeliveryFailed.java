package org.liminal.notifications;

/** The mail server could not take a message. */
public class MailDeliveryFailed extends RuntimeException {

	public MailDeliveryFailed(String recipient, Throwable cause) {
		super("Could not send mail to " + recipient, cause);
	}

}
