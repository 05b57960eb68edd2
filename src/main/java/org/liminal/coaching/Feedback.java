package org.liminal.coaching;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * A coach's feedback to one presenter on one module. It keeps its own lifecycle: written as a draft, submitted
 * once, then acknowledged and answered once by the presenter. Rules that need the rubric are checked by
 * {@link Feedbacks}.
 */
@Entity
@Table(name = "feedback")
class Feedback {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private UUID trainingId;

	private UUID runThroughId;

	private UUID moduleKey;

	private UUID presenterId;

	private UUID coachId;

	@Enumerated(EnumType.STRING)
	private FeedbackStatus status;

	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	private String glows;

	private String grows;

	private Instant createdAt;

	private Instant submittedAt;

	private Instant acknowledgedAt;

	private String reply;

	private Instant repliedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "feedback_score", joinColumns = @JoinColumn(name = "feedback_id"))
	@MapKeyColumn(name = "criterion_key")
	@Column(name = "score")
	private Map<String, Short> scores = new HashMap<>();

	protected Feedback() {
	}

	Feedback(FeedbackSubject subject, UUID coachId, Instant now) {
		this.id = UUID.randomUUID();
		this.trainingId = subject.trainingId();
		this.runThroughId = subject.runThroughId();
		this.moduleKey = subject.moduleKey();
		this.presenterId = subject.presenterId();
		this.coachId = coachId;
		this.status = FeedbackStatus.DRAFT;
		this.glows = "";
		this.grows = "";
		this.createdAt = now;
	}

	/** Replaces what the coach wrote; only a draft changes. */
	void write(FeedbackContent content) {
		if (status != FeedbackStatus.DRAFT) {
			throw new CoachingChangeRefused(null, "feedback.error.submitted");
		}
		scores.clear();
		content.scores().forEach((key, score) -> scores.put(key, score.shortValue()));
		glows = content.glows();
		grows = content.grows();
		verdict = content.verdict();
	}

	void submit(Instant now) {
		if (status != FeedbackStatus.DRAFT) {
			throw new CoachingChangeRefused(null, "feedback.error.submitted");
		}
		if (verdict == null) {
			throw new CoachingChangeRefused("verdict", "feedback.error.verdictRequired");
		}
		status = FeedbackStatus.SUBMITTED;
		submittedAt = now;
	}

	/** The presenter has read it; once. */
	void acknowledge(Instant now) {
		if (status != FeedbackStatus.SUBMITTED) {
			throw new FeedbackNotFound();
		}
		if (acknowledgedAt != null) {
			throw new CoachingChangeRefused(null, "feedback.error.acknowledged");
		}
		acknowledgedAt = now;
	}

	/** The presenter's one answer, which also acknowledges the feedback. */
	void reply(String text, Instant now) {
		if (status != FeedbackStatus.SUBMITTED) {
			throw new FeedbackNotFound();
		}
		if (reply != null) {
			throw new CoachingChangeRefused("reply", "feedback.error.replied");
		}
		reply = text;
		repliedAt = now;
		if (acknowledgedAt == null) {
			acknowledgedAt = now;
		}
	}

	FeedbackView view() {
		Map<String, Integer> scored = new HashMap<>();
		scores.forEach((key, score) -> scored.put(key, score.intValue()));
		return new FeedbackView(id, new FeedbackSubject(trainingId, runThroughId, moduleKey, presenterId), coachId,
				status, verdict, scored, glows, grows, createdAt, submittedAt, acknowledgedAt, reply, repliedAt,
				version);
	}

	UUID id() {
		return id;
	}

	UUID coachId() {
		return coachId;
	}

	UUID presenterId() {
		return presenterId;
	}

	long version() {
		return version;
	}

}
