package org.liminal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Makes {@code mvn spring-boot:run} work on a fresh machine without Docker: when the app's
 * database or roles are missing on the configured PostgreSQL server, creates them through an
 * administrative connection (trust auth as {@code postgres} or {@code root} on developer
 * machines). When no server answers, prints one paragraph saying what to do and exits,
 * instead of a wall of stack traces.
 */
class DatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Log log = LogFactory.getLog(DatabaseBootstrap.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (composeWillProvideTheDatabase(environment)) {
			return;
		}
		DatabaseSettings settings = DatabaseSettings.from(environment);
		try {
			ensureDatabase(settings);
		}
		catch (SQLException ex) {
			System.err.println(unreachableAdvice(settings, ex));
			System.exit(1);
		}
	}

	private static boolean composeWillProvideTheDatabase(ConfigurableEnvironment environment) {
		boolean composeOnClasspath = ClassUtils.isPresent(
				"org.springframework.boot.docker.compose.lifecycle.DockerComposeLifecycleManager",
				DatabaseBootstrap.class.getClassLoader());
		boolean composeEnabled = environment.getProperty("spring.docker.compose.enabled", Boolean.class, true);
		return composeOnClasspath && composeEnabled && Files.exists(Path.of("/var/run/docker.sock"));
	}

	static void ensureDatabase(DatabaseSettings settings) throws SQLException {
		try (Connection ignored = connect(settings.url(), settings.ownerUsername(), settings.ownerPassword());
				Connection alsoIgnored = connect(settings.url(), settings.username(), settings.password())) {
			return;
		}
		catch (SQLException ex) {
			if (serverUnreachable(ex)) {
				throw ex;
			}
			log.info("The Liminal database or its roles are missing (" + ex.getMessage()
					+ "); creating them through an administrative connection.");
		}
		try (Connection admin = adminConnection(settings)) {
			createRolesAndDatabase(admin, settings);
		}
	}

	private static Connection adminConnection(DatabaseSettings settings) throws SQLException {
		SQLException last = null;
		for (String user : settings.adminUsernames()) {
			try {
				return connect(settings.adminUrl(), user, settings.adminPassword());
			}
			catch (SQLException ex) {
				last = ex;
			}
		}
		throw last;
	}

	private static void createRolesAndDatabase(Connection admin, DatabaseSettings settings) throws SQLException {
		createRoleIfMissing(admin, settings.ownerUsername(), settings.ownerPassword());
		createRoleIfMissing(admin, settings.username(), settings.password());
		if (!exists(admin, "select 1 from pg_database where datname = ?", settings.databaseName())) {
			try (Statement statement = admin.createStatement()) {
				statement.execute("create database " + quote(settings.databaseName()) + " owner "
						+ quote(settings.ownerUsername()));
			}
			log.info("Created database " + settings.databaseName() + " owned by " + settings.ownerUsername());
		}
	}

	private static void createRoleIfMissing(Connection admin, String role, String password) throws SQLException {
		if (exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
			return;
		}
		try (Statement statement = admin.createStatement()) {
			// A plain login role: never superuser, never BYPASSRLS, so row-level security applies.
			statement.execute("create role " + quote(role) + " login nosuperuser nobypassrls password "
					+ literal(password));
		}
		log.info("Created database role " + role);
	}

	private static boolean exists(Connection connection, String sql, String value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, value);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next();
			}
		}
	}

	static Connection connect(String url, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		if (password != null && !password.isEmpty()) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url, properties);
	}

	private static boolean serverUnreachable(SQLException ex) {
		String state = ex.getSQLState();
		return state == null || state.startsWith("08");
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	private static String unreachableAdvice(DatabaseSettings settings, SQLException ex) {
		return """

				Liminal could not reach its PostgreSQL database at %s (%s). Liminal needs PostgreSQL 15 or newer. \
				Either start Docker, so that `mvn spring-boot:run` brings up the database from docker-compose.yml; \
				or start a local PostgreSQL server on localhost:5432 that lets the `postgres` or `root` role in \
				(Liminal then creates its database and roles itself); or point Liminal at an existing database with \
				DATABASE_URL, DATABASE_USERNAME and DATABASE_PASSWORD (the application's plain role) and \
				DATABASE_OWNER_USERNAME and DATABASE_OWNER_PASSWORD (the role that owns the schema and runs migrations). \
				See README.md, section "Configuration".
				""".formatted(settings.url(), ex.getMessage());
	}

	/** Connection settings read from the environment before the application context exists. */
	record DatabaseSettings(String url, String username, String password, String ownerUsername,
			String ownerPassword, List<String> adminUsernames, String adminPassword) {

		static DatabaseSettings from(ConfigurableEnvironment environment) {
			return new DatabaseSettings(environment.getRequiredProperty("liminal.database.url"),
					environment.getRequiredProperty("liminal.database.username"),
					environment.getProperty("liminal.database.password", ""),
					environment.getRequiredProperty("liminal.database.owner-username"),
					environment.getProperty("liminal.database.owner-password", ""),
					List.of(environment.getProperty("liminal.database.admin-usernames", "postgres,root").split(",")),
					environment.getProperty("liminal.database.admin-password", ""));
		}

		String databaseName() {
			String path = url.substring(url.indexOf("//") + 2);
			String name = path.substring(path.indexOf('/') + 1);
			int query = name.indexOf('?');
			return query < 0 ? name : name.substring(0, query);
		}

		String adminUrl() {
			int start = url.indexOf("//") + 2;
			int slash = url.indexOf('/', start);
			return url.substring(0, slash) + "/postgres";
		}

	}

}
