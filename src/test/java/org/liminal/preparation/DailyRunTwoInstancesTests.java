package org.liminal.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.LiminalApplication;
import org.liminal.TestDatabaseInitializer;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one database, both starting the daily run at the same moment: one runs it, and
 * every chapter's day is worked once.
 */
class DailyRunTwoInstancesTests {

	@Test
	void twoInstancesRunTheDayOnce() throws Exception {
		try (ConfigurableApplicationContext first = instance(); ConfigurableApplicationContext second = instance()) {
			Fixtures fixtures = first.getAutowireCapableBeanFactory().createBean(Fixtures.class);
			OrganizationSummary organization = fixtures.organization("two-instances");
			Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
			UUID programId = first.getBean(CurriculumFixtures.class).publishedProgram(organization, "Core");
			TrainingFixtures trainings = first.getBean(TrainingFixtures.class);
			UUID chapterId = trainings.chapter(organization, "UTC", Set.of(lead.accountId()), Set.of());
			trainings.scheduled(organization, chapterId, programId, LocalDate.now(ZoneOffset.UTC).plusDays(10));

			CountDownLatch go = new CountDownLatch(1);
			CompletableFuture<Void> a = CompletableFuture.runAsync(() -> tickAfter(go, first));
			CompletableFuture<Void> b = CompletableFuture.runAsync(() -> tickAfter(go, second));
			go.countDown();
			CompletableFuture.allOf(a, b).get();

			JdbcClient jdbc = first.getBean(JdbcClient.class);
			Map<String, Object> runs = TenantContext.callAsOrganization(organization.id(), () -> jdbc
				.sql("select count(*) as runs, sum(digests) as digests from preparation_run where chapter_id = ?")
				.param(chapterId)
				.query()
				.singleRow());
			assertThat(((Number) runs.get("runs")).intValue()).isEqualTo(1);
			assertThat(((Number) runs.get("digests")).intValue()).isEqualTo(1);
			// The lead's digest, and the alert that the training (no team yet, ten days out) is at risk.
			var letters = TenantContext.callAsOrganization(organization.id(),
					() -> jdbc.sql("select split_part(dedupe_key, ':', 1) from mail_letter where to_address = ?")
						.param(lead.account().email())
						.query(String.class)
						.list());
			assertThat(letters).containsExactlyInAnyOrder("digest", "at-risk");
			assertThat(jdbc.sql("select count(*) from shedlock where name = ?")
				.param(DailyRunSchedule.LOCK)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	private static void tickAfter(CountDownLatch go, ConfigurableApplicationContext instance) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		instance.getBean(DailyRunSchedule.class).tick();
	}

	/** An instance with the daily run on (each chapter due at any hour), started here by hand, not by its cron. */
	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(LiminalApplication.class, CurriculumFixtures.class, TrainingFixtures.class)
			.initializers(new TestDatabaseInitializer(),
					context -> context.getEnvironment()
						.getPropertySources()
						.addFirst(new MapPropertySource("twoInstances",
								Map.of("liminal.preparation.daily-run.enabled", true,
										"liminal.preparation.daily-run.cron", "-",
										"liminal.preparation.daily-run.hour", 0, "server.port", 0))))
			.run();
	}

}
