package org.liminal.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox every {@code liminal.mail.delivery-interval} (30 seconds unless set), counted from the end
 * of the previous run. Off with {@code liminal.mail.background-delivery=false} (tests, which deliver when they
 * choose).
 */
@Component
@ConditionalOnProperty(name = "liminal.mail.background-delivery", havingValue = "true", matchIfMissing = true)
class DeliverySchedule {

	private final MailDelivery delivery;

	DeliverySchedule(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@Scheduled(fixedDelayString = "${liminal.mail.delivery-interval:30s}",
			initialDelayString = "${liminal.mail.delivery-interval:30s}")
	void deliver() {
		delivery.deliverDue();
	}

}
