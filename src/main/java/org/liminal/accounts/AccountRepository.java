package org.liminal.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, UUID> {

	Account save(Account account);

	Optional<Account> findById(UUID id);

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	List<Account> findAllByIdIn(Collection<UUID> ids);

}
