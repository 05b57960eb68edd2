package org.liminal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every test runs against, decided once per test JVM: the server named by
 * {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME}/{@code TEST_DATABASE_PASSWORD}); else a
 * Testcontainers PostgreSQL when Docker runs; else the local server on {@code 127.0.0.1:5432}. On a
 * server, a throwaway database and two throwaway roles (owner and plain application role) are created
 * for the run and dropped when the JVM exits.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String adminUrl;

	private final String adminUser;

	private final String adminPassword;

	private final String name;

	private final String url;

	private TestDatabase(String adminUrl, String adminUser, String adminPassword) {
		this.adminUrl = adminUrl;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
		this.name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		this.url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
			instance.create();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::drop));
		}
		return instance;
	}

	private static TestDatabase start() {
		String configured = System.getenv("TEST_DATABASE_URL");
		if (configured != null && !configured.isBlank()) {
			return new TestDatabase(configured, env("TEST_DATABASE_USERNAME", "postgres"),
					env("TEST_DATABASE_PASSWORD", ""));
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		return new TestDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", env("TEST_DATABASE_USERNAME", "postgres"),
				env("TEST_DATABASE_PASSWORD", ""));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	public String url() {
		return url;
	}

	public String ownerRole() {
		return name + "_owner";
	}

	public String appRole() {
		return name + "_app";
	}

	/** The password of both throwaway roles. */
	public String password() {
		return name;
	}

	/** Settings that point the application at this database. */
	public Map<String, Object> properties() {
		return Map.of("liminal.database.url", url, "liminal.database.username", appRole(),
				"liminal.database.password", password(), "liminal.database.owner-username", ownerRole(),
				"liminal.database.owner-password", password());
	}

	/** The URL of another database on the same server. */
	public String adminUrlFor(String database) {
		return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
	}

	public String adminUser() {
		return adminUser;
	}

	public String adminPassword() {
		return adminPassword;
	}

	public Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(adminUrl, adminUser, adminPassword);
	}

	/** A superuser connection to the test database, for assertions that must see past row-level security. */
	public Connection superuserConnection() throws SQLException {
		return DriverManager.getConnection(url, adminUser, adminPassword);
	}

	private void create() {
		try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
				Statement statement = admin.createStatement()) {
			statement.execute("create role " + ownerRole() + " login password '" + password() + "'");
			statement.execute("create role " + appRole() + " login nosuperuser nobypassrls password '" + password() + "'");
			statement.execute("create database " + name + " owner " + ownerRole());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare a test database on " + adminUrl + " as " + adminUser
					+ ". Tests need PostgreSQL: start Docker, or a local server on 127.0.0.1:5432 that lets "
					+ "'postgres' in, or set TEST_DATABASE_URL/TEST_DATABASE_USERNAME/TEST_DATABASE_PASSWORD.", ex);
		}
	}

	private void drop() {
		try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("drop role if exists " + appRole());
			statement.execute("drop role if exists " + ownerRole());
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

}
