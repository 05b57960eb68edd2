package org.liminal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liminal.organizations.Organizations;
import org.liminal.organizations.PublicLinks;
import org.liminal.organizations.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which kinds of mail each member receives, among those that can be turned off ({@link LetterKind#optional()}):
 * chosen on their notifications page, or turned off from the secret address at the bottom of every such letter.
 * Everything is on until turned off. A member's address for a kind is created with the first letter of that kind
 * and kept (like a calendar feed's), so that every letter carries the same one; it is registered in
 * {@link PublicLinks}, so that it leads to its organization without signing in.
 */
@Service
public class NotificationPreferences {

	/** The purpose of unsubscribe tokens among {@link PublicLinks}. */
	static final String LINK_PURPOSE = "unsubscribe";

	private final JdbcClient jdbc;

	private final PublicLinks links;

	private final Organizations organizations;

	private final Clock clock;

	private final TransactionTemplate transactions;

	NotificationPreferences(JdbcClient jdbc, PublicLinks links, Organizations organizations, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.links = links;
		this.organizations = organizations;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The kinds among {@link LetterKind#memberChoices()} that the member of the current organization receives. */
	@Transactional(readOnly = true)
	public Set<LetterKind> received(UUID accountId) {
		Set<LetterKind> received = EnumSet.noneOf(LetterKind.class);
		received.addAll(LetterKind.memberChoices());
		jdbc.sql("select kind from notification_preference where account_id = ? and not enabled")
			.param(accountId)
			.query(String.class)
			.list()
			.forEach(kind -> received.remove(LetterKind.valueOf(kind)));
		return received;
	}

	/** Saves the member's choice: the kinds of {@link LetterKind#memberChoices()} in {@code received} are on. */
	@Transactional
	public void choose(UUID accountId, Set<LetterKind> received) {
		for (LetterKind kind : LetterKind.memberChoices()) {
			unsubscribeToken(accountId, kind);
			setReceived(accountId, kind, received.contains(kind));
		}
	}

	/**
	 * What an unsubscribe address turns off, for anyone who has it; empty for a token never issued. Runs as the
	 * token's organization, so it must be called outside a transaction.
	 */
	public Optional<Unsubscription> unsubscription(String token) {
		return links.organizationOf(LINK_PURPOSE, token)
			.flatMap(organizationId -> TenantContext.callAsOrganization(organizationId,
					() -> transactions.execute(status -> find(token).map(preference -> new Unsubscription(
							organizations.findById(organizationId).orElseThrow().name(), preference.kind(),
							preference.enabled())))));
	}

	/**
	 * Turns off the kind of mail an unsubscribe address is for (again, if it already is).
	 * @return false for a token never issued
	 */
	public boolean unsubscribe(String token) {
		return links.organizationOf(LINK_PURPOSE, token)
			.map(organizationId -> TenantContext.callAsOrganization(organizationId,
					() -> transactions.execute(status -> find(token).map(preference -> {
						setReceived(preference.accountId(), preference.kind(), false);
						return true;
					}).orElse(false))))
			.orElse(false);
	}

	/** Whether the member of the current organization receives letters of this kind. */
	boolean receives(UUID accountId, LetterKind kind) {
		if (!kind.optional()) {
			return true;
		}
		return jdbc.sql("select enabled from notification_preference where account_id = ? and kind = ?")
			.params(accountId, kind.name())
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/** The member's unsubscribe token for a kind, created (and registered) the first time it is needed. */
	String unsubscribeToken(UUID accountId, LetterKind kind) {
		String token = PublicLinks.newToken();
		int created = jdbc.sql("""
				insert into notification_preference (organization_id, account_id, kind, enabled, unsubscribe_token,
				    changed_at)
				values (?, ?, ?, true, ?, ?)
				on conflict (organization_id, account_id, kind) do nothing""")
			.params(TenantContext.requireOrganizationId(), accountId, kind.name(), token,
					Timestamp.from(clock.instant()))
			.update();
		if (created == 1) {
			links.register(LINK_PURPOSE, token);
			return token;
		}
		return jdbc.sql("select unsubscribe_token from notification_preference where account_id = ? and kind = ?")
			.params(accountId, kind.name())
			.query(String.class)
			.single();
	}

	private void setReceived(UUID accountId, LetterKind kind, boolean received) {
		jdbc.sql("""
				update notification_preference set enabled = ?, changed_at = ?
				where account_id = ? and kind = ? and enabled <> ?""")
			.params(received, Timestamp.from(clock.instant()), accountId, kind.name(), received)
			.update();
	}

	private Optional<Preference> find(String token) {
		return jdbc.sql("select account_id, kind, enabled from notification_preference where unsubscribe_token = ?")
			.param(token)
			.query((row, number) -> new Preference(row.getObject("account_id", UUID.class),
					LetterKind.valueOf(row.getString("kind")), row.getBoolean("enabled")))
			.optional();
	}

	private record Preference(UUID accountId, LetterKind kind, boolean enabled) {
	}

	/**
	 * What an unsubscribe address is about.
	 * @param receiving whether the letters still come (false once turned off)
	 */
	public record Unsubscription(String organizationName, LetterKind kind, boolean receiving) {
	}

}
