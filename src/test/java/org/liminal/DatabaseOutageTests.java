package org.liminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.SignUpLinks;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL restarted under load (issue 9), played by a {@link DatabaseProxy} between the app and the shared test
 * server: while it is away every request — public sign-ups and their page, a signed-in organizer's page, a sign-in —
 * is answered 503 with the "cannot reach its database" page and Retry-After, never a 500, each within the pool's
 * wait plus a margin; once it is back, requests succeed again with the same running app; and no sign-up is left
 * half written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class })
@TestPropertySource(properties = { "spring.datasource.hikari.connection-timeout=" + DatabaseOutageTests.POOL_WAIT_MS,
		"spring.datasource.hikari.validation-timeout=1000", "spring.datasource.hikari.maximum-pool-size=4",
		"spring.datasource.hikari.minimum-idle=2", "liminal.participants.sign-ups-per-address-per-minute=100000", "liminal.events.resubmit-failed=true",
		"liminal.events.resubmit-failed-every=1s", "spring.modulith.events.staleness.processing=2s",
		"spring.modulith.events.staleness.published=2s", "spring.modulith.events.staleness.resubmitted=2s",
		"spring.modulith.events.staleness.check-intervall=1s" })
@DirtiesContext
class DatabaseOutageTests {

	static final int POOL_WAIT_MS = 1500;

	/** What a request may take beyond the pool's wait on a slow, shared machine. */
	static final Duration MARGIN = Duration.ofSeconds(3);

	/** From the database's return to the first request served: the pool's back-off, then one request. */
	static final Duration RECOVERY = Duration.ofSeconds(10);

	static final Duration DEADLINE = Duration.ofSeconds(30);

	static final int CAPACITY = 12;

	static final Pattern HEADING = Pattern.compile("<h1>([^<]*)</h1>");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final String AWAY = "Liminal cannot reach its database";

	static DatabaseProxy proxy;

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
		URI database = URI.create(TestDatabase.get().url().substring("jdbc:".length()));
		proxy = new DatabaseProxy(database.getHost(), database.getPort()).start();
		registry.add("spring.datasource.url",
				() -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath());
	}

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	SignUpLinks links;

	@Autowired
	DataSource dataSource;

	@Test
	void theAppsConnectionsBoundEveryWait() throws SQLException {
		try (Connection connection = dataSource.getConnection();
				ResultSet rows = connection.createStatement().executeQuery("show statement_timeout")) {
			rows.next();
			assertThat(rows.getString(1)).isEqualTo("30s");
			assertThat(connection.getNetworkTimeout()).as("socket timeout, ms").isEqualTo(60_000);
		}
	}

	@Test
	void aRestartUnderLoadIsAnswered503ThenRecoveredFromWithoutHalfWrittenSignUps() throws Exception {
		OrganizationSummary organization = fixtures.organization("outage");
		UUID trainingId = trainingWithSeats(organization, CAPACITY);
		String signUpPage = url("/" + organization.slug() + "/join/"
				+ TenantContext.callAsOrganization(organization.id(), () -> links.tokensOf(List.of(trainingId)))
					.get(trainingId));
		Fixtures.Person organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		HttpClient organizerBrowser = browser();
		assertThat(signIn(organizerBrowser, organizer.email()).statusCode()).isEqualTo(302);
		String organizerPage = url("/" + organization.slug() + "/trainings");

		Load load = new Load(signUpPage, organizerBrowser, organizerPage);
		load.start(3);
		try {
			load.awaitAnswers(answer -> answer.status() == 200, 10);

			// From before the proxy stops: a request cut off while it stops belongs to the outage.
			long down = System.nanoTime();
			proxy.stop();
			load.awaitAnswers(answer -> answer.sentAfter(down), 12);
			// Signing in needs the accounts and a session: the form or the sign-in itself gets the page too.
			HttpClient stranger = browser();
			Answer signInDuringOutage = Answer.timed("sign-in", () -> signIn(stranger, organizer.email()));

			proxy.start();
			long up = System.nanoTime();
			Answer firstSuccess = load.awaitAnswers(answer -> answer.sentAfter(up) && answer.status() == 200, 1);
			load.awaitAnswers(answer -> answer.sentAfter(firstSuccess.received()), 12);
			load.stop();

			// Those sent before the proxy stopped or answered after it started again may go either way.
			assertThat(load.answers(answer -> answer.received() - down < 0)).isNotEmpty()
				.allSatisfy(answer -> assertThat(answer.status()).as("before: " + answer).isEqualTo(200));
			List<Answer> outage = load.answers(answer -> answer.sentAfter(down) && answer.received() - up < 0);
			outage.add(signInDuringOutage);
			assertThat(outage).allSatisfy(answer -> {
				assertThat(answer.status()).as("during: " + answer).isEqualTo(503);
				assertThat(answer.heading()).as("during: " + answer).isEqualTo(AWAY);
				assertThat(answer.retryAfter()).as("during: " + answer).contains("60");
				assertThat(answer.took()).as("during: " + answer).isLessThan(Duration.ofMillis(POOL_WAIT_MS).plus(MARGIN));
			});
			assertThat(outage).extracting(Answer::what).contains("sign-up", "sign-up page", "organizer page", "sign-in");
			assertThat(load.answers(answer -> answer.sentAfter(firstSuccess.received()))).isNotEmpty()
				.allSatisfy(answer -> assertThat(answer.status()).as("after: " + answer).isEqualTo(200));
			assertThat(load.answers(answer -> true)).allSatisfy(answer -> {
				assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
				if (answer.what().equals("sign-up") && answer.status() == 200) {
					assertThat(answer.heading()).as(answer.toString()).isIn("You have a seat", "You are on the waitlist");
				}
			});
			// The pool retries connecting with a back-off of at most its wait.
			assertThat(Duration.ofNanos(firstSuccess.received() - up)).as("back within")
				.isLessThan(RECOVERY);

			everySignUpWholeOrNotAtAll(trainingId, load.signedUp());
			everySignUpConfirmedByLetterOnceTheDatabaseIsBack(trainingId);
		}
		finally {
			load.stop();
			proxy.start();
		}
	}

	/**
	 * Each sign-up's registration and its seat are written in one transaction (the seat by the database's trigger),
	 * with its announcement to the other modules (the event publication): whatever the outage cut short left none of
	 * them, whatever was answered "signed up" left all of them.
	 */
	private void everySignUpWholeOrNotAtAll(UUID trainingId, List<String> signedUp) throws SQLException {
		try (Connection connection = TestDatabase.get().superuserConnection()) {
			assertThat(count(connection, "select count(*) from registration where training_id = ? and email = any (?)",
					trainingId, signedUp.toArray(String[]::new)))
				.as("every sign-up answered 'signed up' has its registration")
				.isEqualTo(signedUp.size());
			assertThat(count(connection, """
					select count(*) from training_seats s where s.training_id = ?
					  and s.taken <> (select count(*) from registration r
					                  where r.training_id = s.training_id and r.status = 'CONFIRMED')""", trainingId))
				.as("seats taken = confirmed registrations")
				.isZero();
			assertThat(count(connection, """
					select count(*) from training_seats s where s.training_id = ? and s.taken < s.capacity
					  and exists (select 1 from registration r where r.training_id = s.training_id
					              and r.status = 'WAITLISTED')""", trainingId))
				.as("nobody waits while a seat is free")
				.isZero();
			assertThat(count(connection, """
					select count(*) from registration r where r.training_id = ?
					  and not exists (select 1 from event_publication p
					                  where p.serialized_event like '%' || r.id::text || '%')
					  and not exists (select 1 from event_publication_archive p
					                  where p.serialized_event like '%' || r.id::text || '%')""", trainingId))
				.as("every registration was announced, in its own transaction")
				.isZero();
		}
	}

	/**
	 * A confirmation letter is written after the sign-up's commit, by a listener that fails while the database is
	 * away (and often cannot even be marked failed): they are taken up again without a restart.
	 */
	private void everySignUpConfirmedByLetterOnceTheDatabaseIsBack(UUID trainingId)
			throws SQLException, InterruptedException {
		String unconfirmed = """
				select count(*) from registration r where r.training_id = ?
				  and not exists (select 1 from mail_letter l
				                  where l.dedupe_key = 'participant-confirmation:' || r.id::text)""";
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		try (Connection connection = TestDatabase.get().superuserConnection()) {
			while (count(connection, unconfirmed, trainingId) > 0 && System.nanoTime() - deadline < 0) {
				Thread.sleep(200);
			}
			assertThat(count(connection, unconfirmed, trainingId)).as("sign-ups without their confirmation letter")
				.isZero();
		}
	}

	private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				if (parameters[i] instanceof String[] values) {
					statement.setArray(i + 1, connection.createArrayOf("text", values));
				}
				else {
					statement.setObject(i + 1, parameters[i]);
				}
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private UUID trainingWithSeats(OrganizationSummary organization, int capacity) {
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		UUID chapterId = trainingFixtures.chapter(organization);
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusMonths(2));
		TenantContext.runAsOrganization(organization.id(), () -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(trainingId, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(),
					capacity, details.language(), details.open(), details.notes()),
					trainings.training(trainingId).version());
		});
		return trainingId;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private HttpResponse<String> signIn(HttpClient browser, String email) throws IOException, InterruptedException {
		HttpResponse<String> form = browser.send(page(url("/login")), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			// The form's CSRF token is kept in a session, and sessions live in the database: while it is away, the
			// form itself gets the page.
			return form;
		}
		return browser.send(post(url("/login"), "email", email, "password", Fixtures.PASSWORD, "_csrf", csrf.group(1)),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest page(String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(DEADLINE)
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.build();
	}

	private static HttpRequest post(String url, String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(DEADLINE)
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	/** One request's answer, timed. */
	record Answer(String what, long sent, long received, int status, String heading, Optional<String> retryAfter) {

		interface Call {

			HttpResponse<String> send() throws IOException, InterruptedException;

		}

		static Answer timed(String what, Call call) throws InterruptedException {
			long sent = System.nanoTime();
			try {
				HttpResponse<String> response = call.send();
				Matcher heading = HEADING.matcher(response.body());
				return new Answer(what, sent, System.nanoTime(), response.statusCode(),
						heading.find() ? heading.group(1) : "", response.headers().firstValue("Retry-After"));
			}
			catch (IOException ex) {
				return new Answer(what, sent, System.nanoTime(), 0, ex.toString(), Optional.empty());
			}
		}

		boolean sentAfter(long instant) {
			return sent - instant > 0;
		}

		Duration took() {
			return Duration.ofNanos(received - sent);
		}

		@Override
		public String toString() {
			return what + " answered " + status + " '" + heading + "' in " + took().toMillis() + " ms";
		}

	}

	/**
	 * A steady stream of requests from a few clients, each sending its next as soon as the last is answered: public
	 * sign-ups (each a new person) and their page, and a signed-in organizer's trainings page.
	 */
	private final class Load {

		private final String signUpPage;

		private final HttpClient organizerBrowser;

		private final String organizerPage;

		private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

		private final ConcurrentLinkedQueue<String> signedUp = new ConcurrentLinkedQueue<>();

		private final AtomicInteger next = new AtomicInteger();

		private final List<Thread> clients = new ArrayList<>();

		private volatile boolean running = true;

		Load(String signUpPage, HttpClient organizerBrowser, String organizerPage) {
			this.signUpPage = signUpPage;
			this.organizerBrowser = organizerBrowser;
			this.organizerPage = organizerPage;
		}

		void start(int count) {
			HttpClient strangers = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			for (int c = 0; c < count; c++) {
				Thread client = new Thread(() -> {
					try {
						while (running) {
							answers.add(nextRequest(strangers, next.getAndIncrement()));
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}, "outage-load-" + c);
				client.start();
				clients.add(client);
			}
		}

		private Answer nextRequest(HttpClient strangers, int i) throws InterruptedException {
			return switch (i % 3) {
				case 0 -> {
					String email = "person" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@outage.test";
					Answer answer = Answer.timed("sign-up", () -> strangers.send(post(signUpPage, "name", "Person " + i,
							"email", email, "phone", "555-0100", "accessNeeds", "", "heardFrom", "a friend", "consent", "true",
							"website", ""), HttpResponse.BodyHandlers.ofString()));
					if (answer.status() == 200) {
						signedUp.add(email);
					}
					yield answer;
				}
				case 1 -> Answer.timed("sign-up page",
						() -> strangers.send(page(signUpPage), HttpResponse.BodyHandlers.ofString()));
				default -> Answer.timed("organizer page",
						() -> organizerBrowser.send(page(organizerPage), HttpResponse.BodyHandlers.ofString()));
			};
		}

		/** Waits (with a deadline) until {@code count} answers match; the last of them, by arrival. */
		Answer awaitAnswers(Predicate<Answer> matching, int count) throws InterruptedException {
			long deadline = System.nanoTime() + DEADLINE.toNanos();
			while (System.nanoTime() - deadline < 0) {
				List<Answer> matched = answers(matching);
				if (matched.size() >= count) {
					return matched.get(count - 1);
				}
				Thread.sleep(20);
			}
			throw new AssertionError("Not " + count + " such answers within " + DEADLINE + "; answers: " + answers);
		}

		List<Answer> answers(Predicate<Answer> matching) {
			List<Answer> matched = new ArrayList<>(answers.stream().filter(matching).toList());
			matched.sort((a, b) -> Long.compare(a.received() - b.received(), 0));
			return matched;
		}

		List<String> signedUp() {
			return List.copyOf(signedUp);
		}

		void stop() throws InterruptedException {
			running = false;
			for (Thread client : clients) {
				client.join(DEADLINE.toMillis());
			}
		}

	}

}
