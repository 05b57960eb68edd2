package org.liminal.coaching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Run-throughs; their parts and watchers load in batches (hibernate.default_batch_fetch_size). */
interface RunThroughRepository extends JpaRepository<RunThrough, UUID> {

	List<RunThrough> findByTrainingIdInOrderByDateAscCreatedAtAsc(Collection<UUID> trainingIds);

}
