package org.liminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liminal.DatabaseBootstrap.DatabaseSettings;

/** On a fresh machine, the app creates its own database and roles when the server lets it. */
class DatabaseBootstrapTests {

	final String name = "bootstrap_" + Long.toHexString(System.nanoTime());

	final TestDatabase server = TestDatabase.get();

	@Test
	void createsTheMissingDatabaseAndPlainRolesThroughTheAdministrativeConnection() throws Exception {
		DatabaseSettings settings = settings(server.adminUrlFor(name));

		DatabaseBootstrap.ensureDatabase(settings);

		try (Connection app = DatabaseBootstrap.connect(settings.url(), settings.username(), settings.password());
				Statement statement = app.createStatement();
				var rows = statement.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
			rows.next();
			assertThat(rows.getBoolean(1)).isFalse();
			assertThat(rows.getBoolean(2)).isFalse();
		}
		DatabaseBootstrap.ensureDatabase(settings);
	}

	@Test
	void anUnreachableServerIsReportedNotRetriedForever() {
		DatabaseSettings settings = settings("jdbc:postgresql://127.0.0.1:1/" + name);

		assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase(settings)).isInstanceOf(SQLException.class);
	}

	@AfterEach
	void dropEverything() throws Exception {
		try (Connection admin = server.adminConnection(); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("drop role if exists " + name + "_app");
			statement.execute("drop role if exists " + name + "_owner");
		}
	}

	private DatabaseSettings settings(String url) {
		return new DatabaseSettings(url, name + "_app", "app-secret", name + "_owner", "owner-secret",
				List.of("no_such_admin_role", server.adminUser()), server.adminPassword());
	}

}
