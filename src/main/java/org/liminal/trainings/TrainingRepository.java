package org.liminal.trainings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingRepository extends JpaRepository<Training, UUID> {

	@EntityGraph(attributePaths = { "days", "assignments" })
	@Query("select t from Training t where t.id = :id")
	Optional<Training> findWhole(UUID id);

	@EntityGraph(attributePaths = { "days", "assignments" })
	@Query("select distinct t from Training t where t.id in :ids")
	List<Training> findWholeByIdIn(Collection<UUID> ids);

}
