package org.liminal.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Invitations of the current organization. */
interface InvitationRepository extends Repository<Invitation, UUID> {

	Invitation save(Invitation invitation);

	Optional<Invitation> findById(UUID id);

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("""
			select i from Invitation i where i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now
			order by i.createdAt""")
	List<Invitation> findPending(Instant now);

	@Query("""
			select i from Invitation i where lower(i.email) = lower(:email) and i.acceptedAt is null
			and i.revokedAt is null and i.expiresAt > :now""")
	List<Invitation> findPendingFor(String email, Instant now);

}
