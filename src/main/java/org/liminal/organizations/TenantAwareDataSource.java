package org.liminal.organizations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;

/**
 * Makes a data source hand out connections that carry the current organization and account as
 * PostgreSQL settings ({@code app.organization_id}, {@code app.account_id}), which the row-level
 * security policies read. Every checkout sets both, so a pooled connection never keeps a previous
 * request's tenant. A class-based proxy keeps the pool's own type visible to Boot (Flyway derives
 * its owner connection from it).
 * <p>
 * The settings are session settings made outside any transaction, so they stay until changed: when a
 * physical connection already carries the tenant of this checkout (a public page's requests all do),
 * the statement is skipped. That saves a round trip and a transaction on every checkout of a surge of
 * sign-ups (docs/performance.md, "Surge sign-ups"). Nothing else sets them.
 */
final class TenantAwareDataSource implements MethodInterceptor {

	private static final String SET_TENANT = "select set_config('app.organization_id', ?, false), "
			+ "set_config('app.account_id', ?, false)";

	/** What each physical connection was last set to (weak keys: the pool retires connections). */
	private final Map<Connection, String> tenants = Collections.synchronizedMap(new WeakHashMap<>());

	static DataSource wrap(DataSource target) {
		ProxyFactory proxy = new ProxyFactory(target);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new TenantAwareDataSource());
		return (DataSource) proxy.getProxy(target.getClass().getClassLoader());
	}

	static boolean isWrapped(Object bean) {
		return bean instanceof org.springframework.aop.framework.Advised advised
				&& advised.getAdvisors().length > 0
				&& advised.getAdvisors()[0].getAdvice() instanceof TenantAwareDataSource;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Object result = invocation.proceed();
		if (result instanceof Connection connection && "getConnection".equals(invocation.getMethod().getName())) {
			return withTenant(connection);
		}
		return result;
	}

	private Connection withTenant(Connection connection) throws SQLException {
		String organization = TenantContext.organizationId().map(UUID::toString).orElse("");
		String account = TenantContext.accountId().map(UUID::toString).orElse("");
		String tenant = organization + "/" + account;
		try {
			Connection physical = physical(connection);
			if (tenant.equals(tenants.get(physical))) {
				return connection;
			}
			try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
				statement.setString(1, organization);
				statement.setString(2, account);
				statement.execute();
			}
			if (connection.getAutoCommit()) {
				tenants.put(physical, tenant);
			}
			else {
				// Inside a transaction a rollback would undo it: not known, so set again next time.
				tenants.remove(physical);
			}
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	/** The driver's connection under the pool's wrapper (the wrapper is new on every checkout). */
	private static Connection physical(Connection connection) throws SQLException {
		return connection.unwrap(Connection.class);
	}

}
