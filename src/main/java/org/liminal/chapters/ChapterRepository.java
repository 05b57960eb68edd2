package org.liminal.chapters;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChapterRepository extends JpaRepository<Chapter, UUID> {

	@EntityGraph(attributePaths = { "leadAccountIds", "poolAccountIds" })
	@Query("select c from Chapter c order by lower(c.name)")
	List<Chapter> findAllWithPeople();

	@EntityGraph(attributePaths = { "leadAccountIds", "poolAccountIds" })
	@Query("select c from Chapter c where c.id = :id")
	Optional<Chapter> findWithPeople(UUID id);

	Optional<Chapter> findBySlug(String slug);

	/** Time zone ids, the one most chapters use first. */
	@Query("select c.timeZone from Chapter c group by c.timeZone order by count(c) desc, c.timeZone")
	List<String> zonesByUse();

	@Query("select c from Chapter c where lower(c.name) = lower(:name)")
	Optional<Chapter> findByNameIgnoringCase(String name);

}
