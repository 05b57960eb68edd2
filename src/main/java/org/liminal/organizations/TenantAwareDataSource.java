package org.liminal.organizations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

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
 */
final class TenantAwareDataSource implements MethodInterceptor {

	private static final String SET_TENANT = "select set_config('app.organization_id', ?, false), "
			+ "set_config('app.account_id', ?, false)";

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

	private static Connection withTenant(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
			statement.setString(1, TenantContext.organizationId().map(UUID::toString).orElse(""));
			statement.setString(2, TenantContext.accountId().map(UUID::toString).orElse(""));
			statement.execute();
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

}
