package org.liminal.participants;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code liminal.signups}: new registrations, tagged {@code status} {@code confirmed} (a seat) or {@code waitlisted}.
 * Counted once the registration is committed, so a sign-up rolled back is never counted; the same email signing up
 * again is not a new registration and is not counted. No organization tag: see README, "Monitoring".
 */
@Component
class SignUpMetrics {

	private final Counter confirmed;

	private final Counter waitlisted;

	SignUpMetrics(MeterRegistry registry) {
		this.confirmed = counter(registry, "confirmed");
		this.waitlisted = counter(registry, "waitlisted");
	}

	private static Counter counter(MeterRegistry registry, String status) {
		return Counter.builder("liminal.signups")
			.description("New registrations for trainings, by whether they got a seat or a place on the waitlist")
			.tag("status", status)
			.register(registry);
	}

	/** Counts a new registration with the given status when (and if) the current transaction commits. */
	void signedUp(RegistrationStatus status) {
		Counter counter = status == RegistrationStatus.WAITLISTED ? waitlisted : confirmed;
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment();
			}
		});
	}

}
