package org.liminal.coaching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Feedback; scores load in batches (hibernate.default_batch_fetch_size). */
interface FeedbackRepository extends JpaRepository<Feedback, UUID> {

	/** A null run-through id finds feedback on the delivered training (derived queries compare null as "is null"). */
	Optional<Feedback> findByTrainingIdAndRunThroughIdAndModuleKeyAndPresenterIdAndCoachId(UUID trainingId,
			UUID runThroughId, UUID moduleKey, UUID presenterId, UUID coachId);

	List<Feedback> findByPresenterIdAndStatusOrderBySubmittedAtDesc(UUID presenterId, FeedbackStatus status);

	List<Feedback> findByPresenterIdInAndStatusOrderBySubmittedAtDesc(Collection<UUID> presenterIds,
			FeedbackStatus status);

	List<Feedback> findByCoachIdAndStatusOrderByCreatedAtDesc(UUID coachId, FeedbackStatus status);

	/** A coach's drafts, and what they submitted from {@code start} until before {@code end}, in one statement. */
	@Query("""
			select f from Feedback f
			where f.coachId = :coachId
			  and (f.status = org.liminal.coaching.FeedbackStatus.DRAFT
			       or f.status = org.liminal.coaching.FeedbackStatus.SUBMITTED
			          and f.submittedAt >= :start and f.submittedAt < :end)
			order by f.submittedAt desc nulls last, f.createdAt desc, f.id""")
	List<Feedback> draftsAndSubmittedBetween(UUID coachId, Instant start, Instant end);

	List<Feedback> findByStatusAndAcknowledgedAtIsNullOrderBySubmittedAtDesc(FeedbackStatus status);

	List<Feedback> findByCoachIdAndStatusAndAcknowledgedAtIsNullOrderBySubmittedAtDesc(UUID coachId,
			FeedbackStatus status);

	List<Feedback> findByTrainingIdInOrderByCreatedAtAsc(Collection<UUID> trainingIds);

	List<Feedback> findByRunThroughIdOrderByCreatedAtAsc(UUID runThroughId);

}
