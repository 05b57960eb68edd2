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

	@Query("select c from Chapter c where lower(c.name) = lower(:name)")
	Optional<Chapter> findByNameIgnoringCase(String name);

}
