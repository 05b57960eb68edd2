package org.liminal.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Memberships of the current organization (the tenant filter applies to every query here). */
interface MembershipRepository extends Repository<Membership, UUID> {

	Membership save(Membership membership);

	void delete(Membership membership);

	Optional<Membership> findById(UUID id);

	Optional<Membership> findByAccountId(UUID accountId);

	List<Membership> findAllByOrderByCreatedAt();

	@Query(value = "select count(*) from membership where 'ORGANIZER' = any(roles)", nativeQuery = true)
	long countOrganizers();

}
