package org.liminal.pathway;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QualificationKindRepository extends JpaRepository<QualificationKind, UUID> {

	/** Kinds in use first, each group in the organizer's order. */
	@Query("select k from QualificationKind k order by k.retired, k.position, lower(k.name)")
	List<QualificationKind> findAllInOrder();

	@Query("select k from QualificationKind k where lower(k.name) = lower(:name)")
	Optional<QualificationKind> findByNameIgnoringCase(String name);

	Optional<QualificationKind> findByPreset(UsualKind preset);

	@Query("select coalesce(max(k.position), 0) from QualificationKind k")
	int lastPosition();

	/** The kinds attending a completed training of the program grants. */
	@Query("select k from QualificationKind k where k.programId = :programId and k.retired = false")
	List<QualificationKind> findGrantedByAttending(UUID programId);

}
