package org.liminal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's letters that the mail server did not take, for its organizers: those given up, which they
 * may send again, and those waiting for a retry.
 */
@Service
public class UndeliveredMail {

	/** Letters per page. */
	public static final int PAGE_SIZE = 25;

	private static final String UNDELIVERED = "(status = 'FAILED' or (status = 'PENDING' and attempts > 0))";

	private final JdbcClient jdbc;

	private final Clock clock;

	UndeliveredMail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One page of the current organization's undelivered letters, newest first; pages outside the range clamp. */
	@Transactional(readOnly = true)
	public UndeliveredPage page(int page) {
		record Counts(long total, long failed) {
		}
		Counts counts = jdbc.sql("select count(*) as total, count(*) filter (where status = 'FAILED') as failed "
				+ "from mail_letter where " + UNDELIVERED)
			.query(RecordRows.of(Counts.class))
			.single();
		int pages = (int) Math.max(1, (counts.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		var letters = jdbc.sql("""
				select id, to_address, subject, kind, status, attempts, last_error, created_at, next_attempt_at, version
				from mail_letter where %s
				order by created_at desc, id
				limit ? offset ?""".formatted(UNDELIVERED))
			.params(PAGE_SIZE, (shown - 1) * PAGE_SIZE)
			.query((row, number) -> new UndeliveredLetter(row.getObject("id", UUID.class), row.getString("to_address"),
					row.getString("subject"), LetterKind.valueOf(row.getString("kind")),
					row.getString("status").equals("FAILED"), row.getInt("attempts"), row.getString("last_error"),
					row.getTimestamp("created_at").toInstant(), row.getTimestamp("next_attempt_at").toInstant(),
					row.getLong("version")))
			.list();
		return new UndeliveredPage(letters, shown, PAGE_SIZE, counts.total(), counts.failed());
	}

	/** How many of the current organization's letters were given up. */
	@Transactional(readOnly = true)
	public long failedCount() {
		return jdbc.sql("select count(*) from mail_letter where status = 'FAILED'").query(Long.class).single();
	}

	/**
	 * Queues a given-up letter again, due now, with a fresh round of attempts.
	 * @param version the version the organizer saw
	 * @throws LetterNotFound when the letter is not the current organization's
	 * @throws LetterRetryRefused when it was sent again (or changed) meanwhile
	 */
	@Transactional
	public void sendAgain(UUID letterId, long version) {
		int queued = jdbc.sql("""
				update mail_letter set status = 'PENDING', attempts = 0, next_attempt_at = ?, version = version + 1
				where id = ? and status = 'FAILED' and version = ?""")
			.params(Timestamp.from(clock.instant()), letterId, version)
			.update();
		if (queued == 1) {
			return;
		}
		boolean exists = jdbc.sql("select exists (select 1 from mail_letter where id = ?)")
			.param(letterId)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new LetterNotFound();
		}
		throw new LetterRetryRefused();
	}

}
