package org.liminal.pathway;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QualificationRepository extends JpaRepository<Qualification, UUID> {

	/** The grant someone holds now of a kind (for a module, or null for a general kind). */
	@Query("""
			select q from Qualification q
			where q.kindId = :kindId and q.holderEmail = :email
			  and (q.moduleKey = :moduleKey or (q.moduleKey is null and :moduleKey is null))
			  and q.revokedAt is null and q.replacedAt is null""")
	Optional<Qualification> findCurrent(UUID kindId, String email, UUID moduleKey);

	/** Gives each grant held by the address without an account an address of its own that reaches nobody. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update qualification set holder_email = 'erased-' || id || '@invalid', holder_name = :name,
			       version = version + 1
			where holder_email = :email and account_id is null""")
	int anonymize(String email, String name);

}
