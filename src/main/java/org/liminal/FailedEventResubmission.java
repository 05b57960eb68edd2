package org.liminal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again the reactions to events that failed, without waiting for a restart: while the database is away every
 * listener that runs fails (a sign-up committed just before the outage would get no confirmation letter), and the
 * registry only republishes on start-up. Every {@code liminal.events.resubmit-failed-every}, under the scheduler lock
 * so that one instance does it, failed publications of the last day are resubmitted; the listeners are idempotent
 * (letters carry a dedupe key). Older ones, a listener failing for another reason than an outage, are left for a
 * person to look at, not retried for ever.
 */
@Component
@ConditionalOnProperty(name = "liminal.events.resubmit-failed", havingValue = "true", matchIfMissing = true)
class FailedEventResubmission {

	static final String LOCK = "events-resubmit-failed";

	private static final Duration RETRIED_FOR = Duration.ofDays(1);

	private final FailedEventPublications failed;

	private final Clock clock;

	private final Duration every;

	FailedEventResubmission(FailedEventPublications failed, Clock clock,
			@Value("${liminal.events.resubmit-failed-every:60s}") Duration every) {
		this.failed = failed;
		this.clock = clock;
		this.every = every;
	}

	@Scheduled(fixedDelayString = "${liminal.events.resubmit-failed-every:60s}",
			initialDelayString = "${liminal.events.resubmit-failed-every:60s}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
	public void resubmit() {
		Instant since = clock.instant().minus(RETRIED_FOR);
		// Failed at least one interval ago: a listener still failing right now is given its pause.
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(every)
			.withFilter(publication -> publication.getPublicationDate().isAfter(since)));
	}

}
