package org.liminal.participants.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-ups per client address: a burst of {@code perMinute}, refilled evenly over a minute. Enough for a
 * crowd behind one venue's Wi-Fi, too few for a script. The buckets live in this instance's memory (an address
 * forgotten after ten quiet minutes), so with several instances the limit is per instance.
 */
@Component
class SignUpThrottle {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final int perMinute;

	private final TimeMeter time;

	SignUpThrottle(@Value("${liminal.participants.sign-ups-per-address-per-minute}") int perMinute, Clock clock) {
		this.perMinute = perMinute;
		// The application's clock, so that time is the same here as everywhere else (and stands still in tests).
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/** Takes one sign-up from the address's allowance; false when it has none left for now. */
	boolean allows(String address) {
		return buckets.get(address, key -> Bucket.builder()
			.withCustomTimePrecision(time)
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build()).tryConsume(1);
	}

}
