package org.liminal.pathway;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QualificationRepository extends JpaRepository<Qualification, UUID> {

	/** The grant someone holds now of a kind (for a module, or null for a general kind). */
	@Query("""
			select q from Qualification q
			where q.kindId = :kindId and q.holderEmail = :email
			  and (q.moduleKey = :moduleKey or (q.moduleKey is null and :moduleKey is null))
			  and q.revokedAt is null and q.replacedAt is null""")
	Optional<Qualification> findCurrent(UUID kindId, String email, UUID moduleKey);

}
