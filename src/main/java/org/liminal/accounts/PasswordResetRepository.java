package org.liminal.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PasswordResetRepository extends Repository<PasswordReset, UUID> {

	PasswordReset save(PasswordReset reset);

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	long countByAccountIdAndCreatedAtAfter(UUID accountId, Instant since);

	@Modifying
	@Query("update PasswordReset r set r.usedAt = :now where r.accountId = :accountId and r.usedAt is null")
	void useAllOf(UUID accountId, Instant now);

}
