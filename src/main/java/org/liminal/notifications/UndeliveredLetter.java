package org.liminal.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A letter the mail server did not take: given up ({@code failed}), or waiting for its next attempt.
 * @param lastError what the server (or the connection) said the last time
 */
public record UndeliveredLetter(UUID id, String toAddress, String subject, LetterKind kind, boolean failed,
		int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, long version) {

	/** Times are shown in UTC: the letters of one organization go to people in many time zones. */
	public LocalDateTime createdAtUtc() {
		return LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
	}

	public LocalDateTime nextAttemptAtUtc() {
		return LocalDateTime.ofInstant(nextAttemptAt, ZoneOffset.UTC);
	}

}
