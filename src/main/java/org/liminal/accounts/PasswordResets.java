package org.liminal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.liminal.notifications.Mailer;
import org.liminal.notifications.OutgoingMail;
import org.liminal.organizations.PublicLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Forgot your password?": an emailed, single-use link that lets the owner of the email choose a new one. */
@Service
public class PasswordResets {

	/** At most this many reset emails per account and window, so the form cannot flood someone's inbox. */
	static final int FLOOD_LIMIT = 3;

	static final Duration FLOOD_WINDOW = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final PasswordResetRepository resets;

	private final SignInThrottle throttle;

	private final PasswordEncoder passwordEncoder;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final Duration validity;

	private final String baseUrl;

	PasswordResets(AccountRepository accounts, PasswordResetRepository resets, SignInThrottle throttle,
			PasswordEncoder passwordEncoder, Mailer mailer, MessageSource messages, Clock clock,
			@Value("${liminal.accounts.password-reset-validity}") Duration validity,
			@Value("${liminal.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.resets = resets;
		this.throttle = throttle;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.validity = validity;
		this.baseUrl = baseUrl;
	}

	/** Mails a reset link when the email has an account; says nothing either way, to not reveal accounts. */
	@Transactional
	public void request(String email, Locale locale) {
		Instant now = clock.instant();
		Optional<Account> account = accounts.findByEmail(Emails.normalize(email));
		if (account.isEmpty() || isFlooded(account.get(), now)) {
			return;
		}
		String token = PublicLinks.newToken();
		resets.save(new PasswordReset(account.get().id(), PublicLinks.hash(token), now, now.plus(validity)));
		String link = baseUrl + "/password-reset/" + token;
		mailer.send(new OutgoingMail(account.get().email(), messages.getMessage("mail.reset.subject", null, locale),
				messages.getMessage("mail.reset.body",
						new Object[] { account.get().displayName(), link, validity.toMinutes() }, locale)));
	}

	private boolean isFlooded(Account account, Instant now) {
		return resets.countByAccountIdAndCreatedAtAfter(account.id(), now.minus(FLOOD_WINDOW)) >= FLOOD_LIMIT;
	}

	/** Whether a genuine link can still be used; empty for a link that never existed. */
	@Transactional(readOnly = true)
	public Optional<Boolean> isUsable(String token) {
		return resets.findByTokenHash(PublicLinks.hash(token)).map(r -> r.isUsable(clock.instant()));
	}

	/**
	 * Sets the new password and spends every open reset link of the account.
	 * @throws InvalidResetLink when the link is unknown, used or expired
	 */
	@Transactional
	public void reset(String token, String rawPassword) {
		Instant now = clock.instant();
		PasswordReset reset = resets.findByTokenHash(PublicLinks.hash(token))
			.filter(r -> r.isUsable(now))
			.orElseThrow(InvalidResetLink::new);
		Account account = accounts.findById(reset.accountId()).orElseThrow(InvalidResetLink::new);
		account.changePassword(passwordEncoder.encode(rawPassword));
		resets.useAllOf(account.id(), now);
		throttle.clear(account.email());
	}

	/** The reset link is unknown, used or expired. */
	public static class InvalidResetLink extends RuntimeException {

		InvalidResetLink() {
			super("This password reset link can no longer be used");
		}

	}

}
