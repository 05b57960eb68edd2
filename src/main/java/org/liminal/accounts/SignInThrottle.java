package org.liminal.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code max-failures} failed sign-ins for one email within the
 * lock duration, that email cannot sign in until the lock ends. Kept in the database so that every
 * app instance sees the same count.
 */
@Service
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${liminal.accounts.sign-in.max-failures}") int maxFailures,
			@Value("${liminal.accounts.sign-in.lock-duration}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String email) {
		return jdbc.sql("select 1 from sign_in_throttle where email = ? and locked_until > ?")
			.params(Emails.normalize(email), Timestamp.from(clock.instant()))
			.query()
			.listOfRows()
			.size() > 0;
	}

	@Transactional
	void recordFailure(String email) {
		Instant now = clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(lockDuration));
		// One statement, so concurrent failures are all counted.
		jdbc.sql("""
				insert into sign_in_throttle (email, failures, window_started_at, locked_until)
				values (:email, 1, :now, case when 1 >= :max then cast(:lockedUntil as timestamptz) end)
				on conflict (email) do update set
				  failures = case when sign_in_throttle.window_started_at < :windowStart then 1
				                  else sign_in_throttle.failures + 1 end,
				  window_started_at = case when sign_in_throttle.window_started_at < :windowStart then :now
				                  else sign_in_throttle.window_started_at end,
				  locked_until = case when sign_in_throttle.window_started_at >= :windowStart
				                           and sign_in_throttle.failures + 1 >= :max
				                      then cast(:lockedUntil as timestamptz) else sign_in_throttle.locked_until end""")
			.param("email", Emails.normalize(email))
			.param("now", Timestamp.from(now))
			.param("max", maxFailures)
			.param("lockedUntil", Timestamp.from(now.plus(lockDuration)))
			.param("windowStart", windowStart)
			.update();
	}

	@Transactional
	void clear(String email) {
		jdbc.sql("delete from sign_in_throttle where email = ?").param(Emails.normalize(email)).update();
	}

}
