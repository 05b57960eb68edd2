package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two organizers rearranging the same agenda at the same moment: one change wins, the other is refused as a whole
 * with an exception the agenda page turns into a conflict message, and the agenda never ends up with two items in
 * one place.
 */
@SpringBootTest
@Import({ Fixtures.class, CurriculumFixtures.class })
class AgendaConcurrencyTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	DraftAgenda agenda;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void twoOverlappingMovesAtOnceLeaveOneAppliedAndTheOtherRefused() throws Exception {
		OrganizationSummary organization = fixtures.organization("concurrent-agenda");
		UUID programId = TenantContext.callAsOrganization(organization.id(), () -> {
			UUID id = programs.create(CurriculumFixtures.details("Concurrent"), Locale.ENGLISH);
			for (String title : List.of("A", "B", "C", "D")) {
				agenda.addModule(id, 1, modules.add(id, CurriculumFixtures.module(title, 30)));
			}
			return id;
		});
		List<UUID> items = titlesAndIds(organization, programId).ids();

		// Both have read the agenda before either saves: A moves below B, and B (as first seen) below C.
		CountDownLatch bothRead = new CountDownLatch(2);
		CompletableFuture<RuntimeException> first = inTransaction(organization, bothRead,
				() -> agenda.moveLater(programId, items.get(0)));
		CompletableFuture<RuntimeException> second = inTransaction(organization, bothRead,
				() -> agenda.moveLater(programId, items.get(1)));
		List<RuntimeException> failures = Stream
			.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS))
			.filter(Objects::nonNull)
			.toList();

		assertThat(failures).singleElement()
			.satisfies(failure -> assertThat(failure).isInstanceOfAny(ConcurrencyFailureException.class,
					DataIntegrityViolationException.class));
		assertThat(titlesAndIds(organization, programId).titles()).isIn(List.of("B", "A", "C", "D"),
				List.of("A", "C", "B", "D"));
	}

	/** Reads the draft, waits until the other organizer has read it too, then makes the change and commits. */
	private CompletableFuture<RuntimeException> inTransaction(OrganizationSummary organization,
			CountDownLatch bothRead, Runnable change) {
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		return CompletableFuture.supplyAsync(() -> TenantContext.callAsOrganization(organization.id(), () -> {
			try {
				transaction.executeWithoutResult(status -> {
					change.run();
					bothRead.countDown();
					try {
						bothRead.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
				return null;
			}
			catch (RuntimeException refused) {
				return refused;
			}
		}));
	}

	private DayOne titlesAndIds(OrganizationSummary organization, UUID programId) {
		List<AgendaDay.TimedSlot> slots = TenantContext
			.callAsOrganization(organization.id(), () -> programs.draft(programId))
			.agenda()
			.get(0)
			.slots();
		return new DayOne(slots.stream().map(slot -> slot.slot().title()).toList(),
				slots.stream().map(AgendaDay.TimedSlot::itemId).toList());
	}

	private record DayOne(List<String> titles, List<UUID> ids) {
	}

}
