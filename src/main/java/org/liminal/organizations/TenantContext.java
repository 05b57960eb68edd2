package org.liminal.organizations;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organization (tenant) and account the current thread works for. This is the single source
 * that both the Hibernate tenant filter and PostgreSQL row-level security read; web requests get it
 * from {@link TenantResolutionFilter}, background work sets it explicitly per organization.
 */
public final class TenantContext {

	/** Used where no organization is set: matches no tenant row. */
	public static final UUID NO_ORGANIZATION = new UUID(0, 0);

	private static final ThreadLocal<UUID> organization = new ThreadLocal<>();

	private static final ThreadLocal<UUID> account = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<UUID> organizationId() {
		return Optional.ofNullable(organization.get());
	}

	public static UUID requireOrganizationId() {
		return organizationId().orElseThrow(() -> new IllegalStateException("No organization in context"));
	}

	public static Optional<UUID> accountId() {
		return Optional.ofNullable(account.get());
	}

	/**
	 * Runs work on behalf of one organization, restoring whatever was set before. Must be called outside
	 * a transaction (or with the same organization): a transaction's connection keeps the tenant it
	 * started with.
	 */
	public static <T> T callAsOrganization(UUID organizationId, Supplier<T> work) {
		return callWith(organization, organizationId, work);
	}

	public static void runAsOrganization(UUID organizationId, Runnable work) {
		callAsOrganization(organizationId, () -> {
			work.run();
			return null;
		});
	}

	/** Runs work on behalf of one account (for what it may see across its organizations). */
	public static <T> T callAsAccount(UUID accountId, Supplier<T> work) {
		return callWith(account, accountId, work);
	}

	private static <T> T callWith(ThreadLocal<UUID> holder, UUID value, Supplier<T> work) {
		UUID previous = holder.get();
		refuseSwitchInsideTransaction(previous, value);
		holder.set(value);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				holder.remove();
			}
			else {
				holder.set(previous);
			}
		}
	}

	private static void refuseSwitchInsideTransaction(UUID previous, UUID next) {
		if (!Objects.equals(previous, next) && TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The tenant cannot change inside a transaction: its connection keeps "
					+ "the one it started with. Switch the tenant first, then start the transaction.");
		}
	}

	static void set(UUID organizationId, UUID accountId) {
		organization.set(organizationId);
		account.set(accountId);
	}

	static void clear() {
		organization.remove();
		account.remove();
	}

}
