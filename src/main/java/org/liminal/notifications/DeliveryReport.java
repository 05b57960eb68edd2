package org.liminal.notifications;

/**
 * What one run of {@link MailDelivery#deliverDue()} did.
 * @param sent letters handed to the mail server (or written to the log when there is none)
 * @param retrying letters the server did not take, to be tried again later
 * @param failed letters that failed their last attempt and are given up, shown to organizers
 */
public record DeliveryReport(int sent, int retrying, int failed) {

	DeliveryReport plus(DeliveryReport other) {
		return new DeliveryReport(sent + other.sent, retrying + other.retrying, failed + other.failed);
	}

}
