package org.liminal.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other modules see them. */
@Service
public class Accounts {

	private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "es");

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final JdbcClient jdbc;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, JdbcClient jdbc) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** The languages the people last used the site in, for writing to them; English for those never seen. */
	@Transactional(readOnly = true)
	public Map<UUID, Locale> languagesOf(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Locale> languages = new HashMap<>();
		jdbc.sql("select id, language from account where id = any(?)")
			.param(accountIds.toArray(UUID[]::new))
			.query((row, number) -> languages.put(row.getObject("id", UUID.class),
					Locale.forLanguageTag(row.getString("language"))))
			.list();
		return languages;
	}

	/** Remembers the language a person uses the site in (English or Spanish; others are ignored). */
	@Transactional
	public void rememberLanguage(UUID accountId, Locale locale) {
		String language = locale.getLanguage();
		if (SUPPORTED_LANGUAGES.contains(language)) {
			jdbc.sql("update account set language = ? where id = ? and language <> ?")
				.params(language, accountId, language)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByEmail(String email) {
		return accounts.findByEmail(Emails.normalize(email)).map(Account::summary);
	}

	/**
	 * The accounts of these emails, in one statement, by lower-cased email: how people known only by their email
	 * (participants of a training) are matched to accounts. Emails without an account are absent.
	 */
	@Transactional(readOnly = true)
	public Map<String, AccountSummary> findAllByEmail(Collection<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		Map<String, AccountSummary> byEmail = new HashMap<>();
		jdbc.sql("select id, email, display_name from account where lower(email) = any(?)")
			.param(emails.stream().map(Emails::normalize).distinct().toArray(String[]::new))
			.query((row, number) -> new AccountSummary(row.getObject("id", UUID.class), row.getString("email"),
					row.getString("display_name")))
			.list()
			.forEach(account -> byEmail.put(Emails.normalize(account.email()), account));
		return byEmail;
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
