package org.liminal.coaching;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A piece of feedback as pages show it.
 *
 * @param coachId {@code null} when the coach left the organization
 * @param scores by criterion key; retired criteria keep their scores
 * @param version guards concurrent edits of a draft and the trainer's acknowledgement and reply
 */
public record FeedbackView(UUID id, FeedbackSubject subject, UUID coachId, FeedbackStatus status, Verdict verdict,
		Map<String, Integer> scores, String glows, String grows, Instant createdAt, Instant submittedAt,
		Instant acknowledgedAt, String reply, Instant repliedAt, long version) {

	public FeedbackView {
		scores = Map.copyOf(scores);
	}

	public boolean isDraft() {
		return status == FeedbackStatus.DRAFT;
	}

	public boolean isSubmitted() {
		return status == FeedbackStatus.SUBMITTED;
	}

	public boolean isAcknowledged() {
		return acknowledgedAt != null;
	}

	public boolean hasReply() {
		return reply != null;
	}

	public Integer score(String criterionKey) {
		return scores.get(criterionKey);
	}

	public UUID presenterId() {
		return subject.presenterId();
	}

}
