package org.liminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures.Person;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.DailyRun;
import org.liminal.trainings.SignUpLinks;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Two application instances on one database, as behind a load balancer: a person signed in on one is signed in on
 * the other (the session is in PostgreSQL), the daily run started by both at the same moment runs once (ShedLock),
 * and strangers signing up for the last seats through both never get more seats than the training has.
 */
class TwoInstancesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]*)");

	/** How many times the daily run started, on either instance. */
	private static final AtomicInteger dailyRunsStarted = new AtomicInteger();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static Fixtures fixtures;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	static void twoInstances() {
		first = instance();
		second = instance();
		fixtures = first.getAutowireCapableBeanFactory().createBean(Fixtures.class);
	}

	@AfterAll
	static void stop() {
		try {
			if (second != null) {
				second.close();
			}
		}
		finally {
			if (first != null) {
				first.close();
			}
		}
	}

	@Test
	void aSessionMadeOnOneInstanceIsValidOnTheOther() throws Exception {
		OrganizationSummary organization = fixtures.organization("two-instances-sessions");
		Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);

		String session = signIn(first, trainer.email());
		HttpResponse<String> onSecond = get(second, "/" + organization.slug() + "/me", session);

		assertThat(onSecond.statusCode()).as("signed in on the other instance, not sent to sign in").isEqualTo(200);
		assertThat(onSecond.body()).contains("Person " + trainer.email());

		// Signing out on the second ends the session on the first too.
		String token = csrf(onSecond.body());
		HttpResponse<String> signedOut = post(second, "/logout", session, Map.of("_csrf", token));
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
		HttpResponse<String> onFirst = get(first, "/" + organization.slug() + "/me", session);
		assertThat(onFirst.statusCode()).isEqualTo(302);
		assertThat(onFirst.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void theSessionCookieFollowsTheSettingsAndTheSessionItsIdleTime() throws Exception {
		HttpResponse<String> login = get(first, "/login", null);
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();

		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(first.getBean(JdbcClient.class)
			.sql("select max_inactive_interval from spring_session where session_id = ?")
			.param(decode(session(login)))
			.query(Integer.class)
			.single()).as("SESSION_TIMEOUT, 8 hours unless set").isEqualTo(8 * 60 * 60);
	}

	@Test
	void theDailyRunStartedOnBothAtTheSameMomentRunsOnce() throws Exception {
		OrganizationSummary organization = fixtures.organization("two-instances-daily-run");
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		UUID programId = first.getBean(CurriculumFixtures.class).publishedProgram(organization, "Core");
		TrainingFixtures trainings = first.getBean(TrainingFixtures.class);
		UUID chapterId = trainings.chapter(organization, "UTC", Set.of(lead.accountId()), Set.of());
		trainings.scheduled(organization, chapterId, programId, LocalDate.now(ZoneOffset.UTC).plusDays(10));

		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<Void> onFirst = CompletableFuture.runAsync(() -> tickAfter(go, first));
		CompletableFuture<Void> onSecond = CompletableFuture.runAsync(() -> tickAfter(go, second));
		go.countDown();
		CompletableFuture.allOf(onFirst, onSecond).get();

		assertThat(dailyRunsStarted).as("runs started by the two ticks").hasValue(1);
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		Map<String, Object> runs = TenantContext.callAsOrganization(organization.id(), () -> jdbc
			.sql("select count(*) as runs, sum(digests) as digests from preparation_run where chapter_id = ?")
			.param(chapterId)
			.query()
			.singleRow());
		assertThat(((Number) runs.get("runs")).intValue()).isEqualTo(1);
		assertThat(((Number) runs.get("digests")).intValue()).isEqualTo(1);
		// The lead's digest, and the alert that the training (no team yet, ten days out) is at risk: once each.
		List<String> letters = TenantContext.callAsOrganization(organization.id(),
				() -> jdbc.sql("select split_part(dedupe_key, ':', 1) from mail_letter where to_address = ?")
					.param(lead.email())
					.query(String.class)
					.list());
		assertThat(letters).containsExactlyInAnyOrder("digest", "at-risk");
	}

	@Test
	void strangersSigningUpThroughBothNeverGetMoreSeatsThanTheTrainingHas() throws Exception {
		OrganizationSummary organization = fixtures.organization("two-instances-surge");
		UUID programId = first.getBean(CurriculumFixtures.class).publishedProgram(organization, "Core training");
		TrainingFixtures trainingFixtures = first.getBean(TrainingFixtures.class);
		UUID chapterId = trainingFixtures.chapter(organization);
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId,
				LocalDate.now(ZoneOffset.UTC).plusDays(30));
		int seats = 3;
		Trainings trainings = first.getBean(Trainings.class);
		TenantContext.runAsOrganization(organization.id(), () -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(trainingId, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(),
					seats, details.language(), details.open(), details.notes()), trainings.training(trainingId).version());
		});
		String token = TenantContext.callAsOrganization(organization.id(),
				() -> first.getBean(SignUpLinks.class).tokensOf(List.of(trainingId)).get(trainingId));
		String path = "/" + organization.slug() + "/join/" + token;

		int strangers = 20;
		ExecutorService browsers = Executors.newFixedThreadPool(strangers);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Integer>> signUps = new ArrayList<>();
		for (int i = 0; i < strangers; i++) {
			ConfigurableApplicationContext instance = i % 2 == 0 ? first : second;
			Map<String, String> form = Map.of("name", "Stranger " + i, "email", "stranger-" + i + "@example.org",
					"consent", "true");
			signUps.add(CompletableFuture.supplyAsync(() -> {
				try {
					go.await();
					return post(instance, path, null, form).statusCode();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}, browsers));
		}
		go.countDown();
		List<Integer> statuses = signUps.stream().map(CompletableFuture::join).toList();
		browsers.shutdown();

		assertThat(statuses).as("every sign-up answered").containsOnly(200);
		Map<String, Long> byStatus = TenantContext.callAsOrganization(organization.id(),
				() -> first.getBean(JdbcClient.class)
					.sql("select status from registration where training_id = ?")
					.param(trainingId)
					.query(String.class)
					.list())
			.stream()
			.collect(Collectors.groupingBy(status -> status, Collectors.counting()));
		assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(
				Map.of("CONFIRMED", (long) seats, "WAITLISTED", (long) (strangers - seats)));
	}

	/** Signs in through the sign-in form, as a browser would, and hands back the session cookie's value. */
	private String signIn(ConfigurableApplicationContext instance, String email) throws Exception {
		HttpResponse<String> page = get(instance, "/login", null);
		String session = session(page);
		HttpResponse<String> signedIn = post(instance, "/login", session,
				Map.of("email", email, "password", Fixtures.PASSWORD, "_csrf", csrf(page.body())));
		assertThat(signedIn.headers().firstValue("Location")).as("signed in")
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		// Signing in changes the session's id, and with it the cookie.
		return session(signedIn);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session,
			Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String session(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	/** The session's id: the cookie carries it in Base64. */
	private static String decode(String cookie) {
		return new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a form with its CSRF token").isTrue();
		return matcher.group(1);
	}

	/** The scheduled entry point itself (DailyRunSchedule.tick, under its ShedLock lock), as its cron would call it. */
	private static void tickAfter(CountDownLatch go, ConfigurableApplicationContext instance) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		ReflectionTestUtils.invokeMethod(instance.getBean("dailyRunSchedule"), "tick");
	}

	/**
	 * An instance on the test database and a random port, with the daily run on (each chapter due at any hour) but
	 * started only by the test, and counted.
	 */
	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(LiminalApplication.class, CurriculumFixtures.class, TrainingFixtures.class)
			.initializers(new TestDatabaseInitializer(), context -> {
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("twoInstances",
							Map.of("liminal.preparation.daily-run.enabled", true, "liminal.preparation.daily-run.cron",
									"-", "liminal.preparation.daily-run.hour", 0, "server.port", 0,
									// A surge's requests wait their turn for a connection, as in production, rather
									// than the small pools and short wait that suit the other tests.
									"spring.datasource.hikari.maximum-pool-size", 10,
									"spring.datasource.hikari.connection-timeout", 60_000)));
				context.getBeanFactory().addBeanPostProcessor(new CountingDailyRuns());
			})
			.run();
	}

	/** Counts the starts of the daily run (DailyRun.runDue), whichever instance starts it. */
	private static final class CountingDailyRuns implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof DailyRun)) {
				return bean;
			}
			ProxyFactory proxy = new ProxyFactory(bean);
			proxy.setProxyTargetClass(true);
			proxy.addAdvice((MethodInterceptor) invocation -> {
				if (invocation.getMethod().getName().equals("runDue") && invocation.getArguments().length == 0) {
					dailyRunsStarted.incrementAndGet();
				}
				return invocation.proceed();
			});
			return proxy.getProxy();
		}

	}

}
