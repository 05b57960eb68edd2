package org.liminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Through the real server, with every pooled connection taken: a page that cannot get one in time is answered 503
 * with a page asking to try again shortly (never a 500), and the same page works once connections are free.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.minimum-idle=2", "spring.datasource.hikari.connection-timeout=250" })
class BusyServerTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Test
	void withEveryConnectionTakenAPageIsAnswered503AndWorksOnceTheyAreFree() throws Exception {
		OrganizationSummary organization = fixtures.organization("busy");
		HttpClient browser = HttpClient.newHttpClient();
		HttpRequest join = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + organization.slug()
				+ "/join"))
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.build();

		List<Connection> taken = new ArrayList<>();
		HttpResponse<String> busy;
		try {
			taken.add(dataSource.getConnection());
			taken.add(dataSource.getConnection());
			busy = browser.send(join, HttpResponse.BodyHandlers.ofString());
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}

		assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).contains("30");
		assertThat(busy.body()).contains("<h1>Busy right now</h1>").doesNotContain("HikariPool");
		assertThat(browser.send(join, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

}
