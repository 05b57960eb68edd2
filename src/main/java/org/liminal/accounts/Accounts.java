package org.liminal.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other modules see them. */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByEmail(String email) {
		return accounts.findByEmail(Emails.normalize(email)).map(Account::summary);
	}

	@Transactional(readOnly = true)
	public Map<UUID, AccountSummary> findAll(Collection<UUID> ids) {
		return accounts.findAllByIdIn(ids)
			.stream()
			.map(Account::summary)
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

	/** Creates an account, or returns the existing one with that email unchanged. */
	@Transactional
	public AccountSummary findOrCreate(String email, String displayName, String rawPassword) {
		return accounts.findByEmail(Emails.normalize(email))
			.orElseGet(() -> accounts
				.save(new Account(email, displayName, passwordEncoder.encode(rawPassword), clock.instant())))
			.summary();
	}

}
