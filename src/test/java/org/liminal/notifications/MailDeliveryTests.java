package org.liminal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Delivery retries with backoff, gives up visibly, sends again on request, and never sends a letter twice. */
class MailDeliveryTests extends OutboxTest {

	@Autowired
	UndeliveredMail undelivered;

	@Test
	void withoutATenantNoLetterIsVisibleOnlyWhichOrganizationsHaveDueOnes() {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		JdbcTemplate withoutTenant = new JdbcTemplate(dataSource);

		assertThat(withoutTenant.queryForObject("select count(*) from mail_letter", Long.class)).isZero();
		assertThat(withoutTenant.queryForList("select mail_organizations_with_due_letters(?)", UUID.class,
				Timestamp.from(clock.instant())))
			.contains(organization.id());
		assertThat(withoutTenant.queryForList("select mail_organizations_with_due_letters(?)", UUID.class,
				Timestamp.from(clock.instant().minusSeconds(1))))
			.as("not due yet")
			.doesNotContain(organization.id());
	}

	@Test
	void aRefusedLetterIsTriedAgainAfterLongerAndLongerWaitsThenGivenUp() throws Exception {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		mailServerIsDown();

		List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(12));
		for (int attempt = 1; attempt <= waits.size(); attempt++) {
			DeliveryReport report = delivery.deliverDue();
			assertThat(report.retrying()).as("attempt " + attempt).isPositive();
			Map<String, Object> row = lettersTo(trainer.email()).get(0);
			assertThat(row.get("status")).isEqualTo("PENDING");
			assertThat(row.get("attempts")).isEqualTo(attempt);
			assertThat(((Timestamp) row.get("next_attempt_at")).toInstant())
				.isEqualTo(clock.instant().plus(waits.get(attempt - 1)));
			assertThat((String) row.get("last_error")).isNotBlank();
			// Not due yet: nothing happens to it a second before its time.
			clock.advance(waits.get(attempt - 1).minusSeconds(1));
			delivery.deliverDue();
			assertThat(lettersTo(trainer.email()).get(0).get("attempts")).isEqualTo(attempt);
			clock.advance(Duration.ofSeconds(1));
		}

		DeliveryReport last = delivery.deliverDue();

		assertThat(last.failed()).isPositive();
		assertThat(lettersTo(trainer.email()).get(0)).containsEntry("status", "FAILED").containsEntry("attempts", 6);
		assertThat(mailsTo(trainer.email())).isZero();
		assertThat(as(undelivered::failedCount)).isEqualTo(1);
	}

	@Test
	void aLetterTheServerTakesLaterIsSentOnce() throws Exception {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		mailServerIsDown();
		delivery.deliverDue();
		mailServerIsUp();

		clock.advance(Duration.ofMinutes(1));
		delivery.deliverDue();
		delivery.deliverDue();

		assertThat(lettersTo(trainer.email()).get(0)).containsEntry("status", "SENT").containsEntry("attempts", 2);
		assertThat(mailsTo(trainer.email())).isEqualTo(1);
	}

	@Test
	void aGivenUpLetterSentAgainGoesOutAtTheNextDelivery() throws Exception {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		giveUp();
		mailServerIsUp();
		UUID letterId = letterIdTo(trainer.email());
		UndeliveredLetter failed = as(() -> undelivered.page(1)).letters().get(0);

		as(() -> {
			undelivered.sendAgain(letterId, failed.version());
			return null;
		});
		delivery.deliverDue();

		assertThat(lettersTo(trainer.email()).get(0)).containsEntry("status", "SENT");
		assertThat(mailsTo(trainer.email())).isEqualTo(1);
		assertThat(as(undelivered::failedCount)).isZero();
	}

	@Test
	void aLetterSentAgainTwiceFromTheSamePageIsRefusedTheSecondTime() throws Exception {
		queue(letter(trainer, LetterKind.ALERT, Locale.ENGLISH, null));
		giveUp();
		UUID letterId = letterIdTo(trainer.email());
		long version = as(() -> undelivered.page(1)).letters().get(0).version();
		as(() -> {
			undelivered.sendAgain(letterId, version);
			return null;
		});

		assertThatThrownBy(() -> as(() -> {
			undelivered.sendAgain(letterId, version);
			return null;
		})).isInstanceOf(LetterRetryRefused.class);
		assertThatThrownBy(() -> as(() -> {
			undelivered.sendAgain(UUID.randomUUID(), 0);
			return null;
		})).isInstanceOf(LetterNotFound.class);
	}

	@Test
	void twoDeliveriesAtOnceNeverSendALetterTwice() throws Exception {
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			String address = uniqueAddress();
			addresses.add(address);
			queue(new Letter(organization.id(), null, address, Locale.ENGLISH, LetterKind.TRANSACTIONAL, "test/greeting",
					"mail.invitation.subject", List.of(organization.name()), Map.of("headline", "Hi", "body", "Due"),
					null));
		}
		CountDownLatch start = new CountDownLatch(1);
		Callable<DeliveryReport> deliver = () -> {
			start.await();
			return delivery.deliverDue();
		};
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			Future<DeliveryReport> first = instances.submit(deliver);
			Future<DeliveryReport> second = instances.submit(deliver);
			start.countDown();
			int sent = first.get(60, TimeUnit.SECONDS).sent() + second.get(60, TimeUnit.SECONDS).sent();

			assertThat(sent).isGreaterThanOrEqualTo(addresses.size());
		}
		finally {
			instances.shutdownNow();
		}
		assertThat(addresses).allSatisfy(address -> assertThat(mailsTo(address)).as(address).isEqualTo(1));
		assertThat(addresses)
			.allSatisfy(address -> assertThat(lettersTo(address).get(0)).containsEntry("status", "SENT"));
	}

}
