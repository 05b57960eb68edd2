package org.liminal.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Why a request failed for want of the database, when it did: told apart by the SQL state somewhere in the error's
 * causes, whichever layer (Hikari, the driver, Hibernate, Spring's translation) wrapped it on the way up.
 */
enum DatabaseUnavailable {

	/** Every pooled connection stayed taken for the whole wait (a surge past what the pool carries). */
	BUSY("busy", "30"),

	/**
	 * PostgreSQL could not be reached, or dropped the connection: a restart, a failover, a network gone. Hikari's
	 * timeout carries the last failure to connect, so a wait for a connection during an outage is this too.
	 */
	AWAY("away", "60");

	/**
	 * PostgreSQL's own "going away" states: 57P01 terminated by a (fast) shutdown, 57P02 crash shutdown, 57P03
	 * starting up or shutting down. Every class 08 state is a connection failure.
	 */
	private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

	/** Bounds the walk down the causes (a cause chain can loop). */
	private static final int MAX_DEPTH = 20;

	private final String errorKind;

	private final String retryAfterSeconds;

	DatabaseUnavailable(String errorKind, String retryAfterSeconds) {
		this.errorKind = errorKind;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** The error page's kind ({@code error.<kind>.title} and {@code .text} in the messages). */
	String errorKind() {
		return errorKind;
	}

	/** What the Retry-After header asks for. */
	String retryAfterSeconds() {
		return retryAfterSeconds;
	}

	static Optional<DatabaseUnavailable> of(Throwable error) {
		boolean poolTimedOut = false;
		Throwable cause = error;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
			if (cause instanceof SQLException sql && (isConnectionLost(sql.getSQLState()) || isClosedByThePool(sql))) {
				return Optional.of(AWAY);
			}
			poolTimedOut |= cause instanceof SQLTransientConnectionException;
		}
		return poolTimedOut ? Optional.of(BUSY) : Optional.empty();
	}

	private static boolean isConnectionLost(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || SHUTTING_DOWN.contains(sqlState));
	}

	/**
	 * Hikari closes a connection at once when a statement on it fails with a lost connection; rolling the
	 * transaction back then fails with this (no SQL state), and Spring throws that failure in place of the first.
	 */
	private static boolean isClosedByThePool(SQLException error) {
		StackTraceElement[] stack = error.getStackTrace();
		return error.getSQLState() == null && "Connection is closed".equals(error.getMessage()) && stack.length > 0
				&& stack[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

}
