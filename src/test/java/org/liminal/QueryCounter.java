package org.liminal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements the application prepares, so tests can prove that a page loads what it
 * shows in a bounded number of queries (no N+1), whatever the amount of data.
 */
@TestComponent
public class QueryCounter implements BeanPostProcessor, Ordered {

	private static final AtomicInteger statements = new AtomicInteger();

	/**
	 * Only the thread that reset the count is counted: letters and other listeners run after a commit on their own
	 * threads, and their statements belong to them, not to the page being measured.
	 */
	private static volatile Thread counted;

	public static void reset() {
		counted = Thread.currentThread();
		statements.set(0);
	}

	public static int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return new CountingDataSource(dataSource).proxy();
		}
		return bean;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The tenant setting is not counted: a checkout makes it only when the pooled connection carries another
	 * tenant, so counting it would make a page's count depend on which connection it was given.
	 */
	private static boolean isTenantSetting(Object[] args) {
		return args != null && args.length > 0 && args[0] instanceof String sql
				&& sql.contains("set_config('app.organization_id'");
	}

	/**
	 * Nor is the session's load and save (Spring Session JDBC): the same one or two statements around every signed-in
	 * request, whatever the page; a page's count is what the page itself asks of the database.
	 */
	private static boolean isSessionStorage(Object[] args) {
		return args != null && args.length > 0 && args[0] instanceof String sql && sql.contains("SPRING_SESSION");
	}

	private record CountingDataSource(DataSource target) implements InvocationHandler {

		DataSource proxy() {
			return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					this);
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			Object result = call(target, method, args);
			if (result instanceof Connection connection) {
				return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
						(p, m, a) -> {
							if ((m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
									|| m.getName().equals("prepareCall")) && !isTenantSetting(a) && !isSessionStorage(a)
									&& Thread.currentThread() == counted) {
								statements.incrementAndGet();
							}
							return call(connection, m, a);
						});
			}
			return result;
		}

		private static Object call(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
