package org.liminal.coaching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Feedback; scores load in batches (hibernate.default_batch_fetch_size). */
interface FeedbackRepository extends JpaRepository<Feedback, UUID> {

	/** A null run-through id finds feedback on the delivered training (derived queries compare null as "is null"). */
	Optional<Feedback> findByTrainingIdAndRunThroughIdAndModuleKeyAndPresenterIdAndCoachId(UUID trainingId,
			UUID runThroughId, UUID moduleKey, UUID presenterId, UUID coachId);

	List<Feedback> findByPresenterIdAndStatusOrderBySubmittedAtDesc(UUID presenterId, FeedbackStatus status);

	List<Feedback> findByPresenterIdInAndStatusOrderBySubmittedAtDesc(Collection<UUID> presenterIds,
			FeedbackStatus status);

	List<Feedback> findByCoachIdAndStatusOrderByCreatedAtDesc(UUID coachId, FeedbackStatus status);

	List<Feedback> findByStatusAndAcknowledgedAtIsNullOrderBySubmittedAtDesc(FeedbackStatus status);

	List<Feedback> findByCoachIdAndStatusAndAcknowledgedAtIsNullOrderBySubmittedAtDesc(UUID coachId,
			FeedbackStatus status);

	List<Feedback> findByTrainingIdInOrderByCreatedAtAsc(Collection<UUID> trainingIds);

	List<Feedback> findByRunThroughIdOrderByCreatedAtAsc(UUID runThroughId);

}
