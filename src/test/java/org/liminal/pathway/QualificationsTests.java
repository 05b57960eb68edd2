package org.liminal.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Attendee;
import org.liminal.trainings.TrainingCompleted;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Coaches and organizers grant, renew and revoke; attending a completed training grants by itself, once. */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class,
		QueryCounter.class })
class QualificationsTests {

	static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Qualifications qualifications;

	@Autowired
	QualificationKinds kinds;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	OrganizationSummary organization;

	Person organizer;

	Person coach;

	Person trainer;

	UUID programId;

	UUID moduleKey;

	UUID trainingId;

	@BeforeEach
	void anOrganizationWithATrainerAndTheirCoach() {
		clock.set(NOW);
		organization = fixtures.organization("qualifications");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		coach = fixtures.member(organization, OrganizationRole.COACH);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		// Sharing a chapter's pool makes the coach the trainer's coach.
		UUID chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(),
				Set.of(coach.accountId(), trainer.accountId()));
		programId = curriculum.publishedProgram(organization, "Core training");
		moduleKey = pathway.firstModuleKey(organization, programId);
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
	}

	@Test
	void aGrantShowsAsABadgeUntilItsValidityEnds() {
		UUID kindId = pathway.kind(organization, new KindDetails("Module trainer", "", BadgeColour.BLUE, KindScope.MODULE,
				null, 12, null));

		as(() -> qualifications.grant(trainer.accountId(),
				new NewGrant(kindId, moduleKey, new Evidence("Ran it twice, well", trainingId, null)), coach.accountId()));

		List<Badge> badges = as(() -> qualifications.heldBy(trainer.accountId()));
		assertThat(badges).singleElement().satisfies(badge -> {
			assertThat(badge.kindName()).isEqualTo("Module trainer");
			assertThat(badge.moduleTitle()).isEqualTo("Story of self");
			assertThat(badge.colour()).isEqualTo(BadgeColour.BLUE);
			assertThat(badge.grantedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
			assertThat(badge.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 1));
			assertThat(badge.expired()).isFalse();
		});

		clock.advance(Duration.ofDays(365));
		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).singleElement()
			.satisfies(badge -> assertThat(badge.expired()).isTrue());
	}

	@Test
	void holdingAValidGrantRefusesAnotherButAnExpiredOneIsRenewedKeepingTheHistory() {
		UUID kindId = pathway.kind(organization, new KindDetails("Lead trainer", "", BadgeColour.PURPLE,
				KindScope.GENERAL, null, 6, null));
		UUID first = as(() -> qualifications.grant(trainer.accountId(), new NewGrant(kindId, null, Evidence.none()),
				organizer.accountId()));

		assertThatThrownBy(() -> as(() -> qualifications.grant(trainer.accountId(),
				new NewGrant(kindId, null, Evidence.none()), organizer.accountId())))
			.isInstanceOfSatisfying(PathwayChangeRefused.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("pathway.error.alreadyHeld"));
		assertThatThrownBy(() -> as(() -> qualifications.renew(first, Evidence.none(), organizer.accountId(), 0)))
			.isInstanceOfSatisfying(PathwayChangeRefused.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("pathway.error.notExpired"));

		clock.advance(Duration.ofDays(200));
		UUID renewal = as(() -> qualifications.renew(first, new Evidence("Led the spring training", trainingId, null),
				organizer.accountId(), 0));

		List<BadgeHistory> history = as(() -> qualifications.historyOf(trainer.accountId()));
		assertThat(history).singleElement().satisfies(lead -> {
			assertThat(lead.current().id()).isEqualTo(renewal);
			assertThat(lead.current().source()).isEqualTo(GrantSource.RENEWAL);
			assertThat(lead.current().renews()).isEqualTo(first);
			assertThat(lead.current().expiresOn()).isEqualTo(LocalDate.of(2026, 9, 17).plusMonths(6));
			assertThat(lead.current().evidenceTraining().id()).isEqualTo(trainingId);
			assertThat(lead.grants()).extracting(GrantRecord::id).containsExactly(renewal, first);
			assertThat(lead.grants().get(1).replacedAt()).isNotNull();
		});
		assertThatThrownBy(() -> as(() -> qualifications.renew(first, Evidence.none(), organizer.accountId(), 1)))
			.isInstanceOfSatisfying(PathwayChangeRefused.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("pathway.error.notCurrent"));
	}

	@Test
	void revokingNeedsAReasonWhichStaysInTheHistory() {
		UUID kindId = pathway.kind(organization, PathwayFixtures.general("Day-of volunteer"));
		UUID granted = as(() -> qualifications.grant(trainer.accountId(), new NewGrant(kindId, null, Evidence.none()),
				coach.accountId()));

		assertThatThrownBy(() -> run(() -> qualifications.revoke(granted, "  ", coach.accountId(), 0)))
			.isInstanceOfSatisfying(PathwayChangeRefused.class, refusal -> assertThat(refusal.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> run(() -> qualifications.revoke(granted, "Wrong person", coach.accountId(), 7)))
			.isInstanceOf(OptimisticLockingFailureException.class);

		run(() -> qualifications.revoke(granted, "Granted to the wrong person", coach.accountId(), 0));

		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).isEmpty();
		assertThat(as(() -> qualifications.historyOf(trainer.accountId()))).singleElement().satisfies(history -> {
			assertThat(history.isHeld()).isFalse();
			GrantRecord revoked = history.grants().get(0);
			assertThat(revoked.revokeReason()).isEqualTo("Granted to the wrong person");
			assertThat(revoked.revokedByName()).isEqualTo(coach.account().displayName());
			assertThat(revoked.grantedByName()).isEqualTo(coach.account().displayName());
		});
		// Once revoked, it can be granted again.
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(kindId, null, Evidence.none()),
				organizer.accountId()));
		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).hasSize(1);
	}

	@Test
	void organizersRecognizeAnyoneCoachesOnlyTheirTrainersAndTrainersNobody() {
		UUID kindId = pathway.kind(organization, PathwayFixtures.general("Coach"));
		Person stranger = fixtures.member(organization, OrganizationRole.TRAINER);

		assertThat(as(() -> qualifications.mayRecognize(coach.accountId(), trainer.accountId()))).isTrue();
		assertThat(as(() -> qualifications.mayRecognize(coach.accountId(), stranger.accountId()))).isFalse();
		assertThat(as(() -> qualifications.mayRecognize(organizer.accountId(), stranger.accountId()))).isTrue();
		assertThat(as(() -> qualifications.mayRecognize(trainer.accountId(), stranger.accountId()))).isFalse();
		assertThatThrownBy(() -> as(() -> qualifications.grant(stranger.accountId(),
				new NewGrant(kindId, null, Evidence.none()), coach.accountId())))
			.isInstanceOf(RecognitionRefused.class);
		assertThatThrownBy(() -> as(() -> qualifications.grant(stranger.accountId(),
				new NewGrant(kindId, null, Evidence.none()), trainer.accountId())))
			.isInstanceOf(RecognitionRefused.class);
		assertThat(as(() -> qualifications.heldBy(stranger.accountId()))).isEmpty();
	}

	@Test
	void badGrantsAreRefusedNamingTheirField() {
		UUID perModule = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", null));
		UUID retired = pathway.kind(organization, PathwayFixtures.general("Old pin"));
		run(() -> kinds.retire(retired, kinds.kind(retired).version()));

		assertGrantRefused(new NewGrant(null, null, Evidence.none()), "kindId", "pathway.error.kindMissing");
		assertGrantRefused(new NewGrant(retired, null, Evidence.none()), "kindId", "pathway.error.kindRetired");
		assertGrantRefused(new NewGrant(perModule, null, Evidence.none()), "moduleKey", "pathway.error.moduleMissing");
		assertGrantRefused(new NewGrant(perModule, UUID.randomUUID(), Evidence.none()), "moduleKey",
				"pathway.error.moduleMissing");
		assertGrantRefused(new NewGrant(perModule, moduleKey, new Evidence("x".repeat(1001), null, null)), "evidence",
				"pathway.error.evidenceSize");
		assertGrantRefused(new NewGrant(perModule, moduleKey, new Evidence("", UUID.randomUUID(), null)), "trainingId",
				"pathway.error.trainingUnknown");
		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).isEmpty();
	}

	@Test
	void anotherOrganizationsMemberIsNotFound() {
		UUID kindId = pathway.kind(organization, PathwayFixtures.general("Coach"));
		OrganizationSummary other = fixtures.organization("qualifications-other");
		Person theirs = fixtures.member(other, OrganizationRole.TRAINER);

		assertThatThrownBy(() -> as(() -> qualifications.grant(theirs.accountId(),
				new NewGrant(kindId, null, Evidence.none()), organizer.accountId())))
			.isInstanceOf(QualificationNotFound.class);
		assertThatThrownBy(() -> as(() -> qualifications.historyOf(theirs.accountId())))
			.isInstanceOf(QualificationNotFound.class);
	}

	@Test
	void theDatabaseKeepsOneCurrentGrantWhenTwoAreGrantedAtOnce() throws Exception {
		UUID kindId = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		CompletableFuture<Object> second = TenantContext.callAsOrganization(organization.id(),
				() -> transaction.execute(status -> {
					qualifications.grant(trainer.accountId(), new NewGrant(kindId, null, Evidence.none()),
							organizer.accountId());
					// The other grant starts now: it cannot see this one, uncommitted, and waits on the index.
					CompletableFuture<Object> other = CompletableFuture.supplyAsync(() -> {
						try {
							return as(() -> qualifications.grant(trainer.accountId(),
									new NewGrant(kindId, null, Evidence.none()), coach.accountId()));
						}
						catch (RuntimeException refused) {
							return refused;
						}
					});
					waitUntilBlocked();
					return other;
				}));

		assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(as(() -> qualifications.historyOf(trainer.accountId()))).singleElement()
			.satisfies(history -> assertThat(history.grants()).hasSize(1));
	}

	@Test
	void attendingACompletedTrainingGrantsItsProgramsKindsOnceEvenWhenTheEventComesTwice() {
		UUID core = pathway.kind(organization, new KindDetails("Completed core", "", BadgeColour.TEAL, KindScope.GENERAL,
				programId, 24, null));
		pathway.kind(organization, PathwayFixtures.general("Not by attending"));
		Person memberAttending = fixtures.member(organization, OrganizationRole.TRAINER);
		List<Attendee> attendees = List.of(new Attendee("Ana Participant", "Ana@Example.org", null),
				new Attendee("Ana again", "ana@example.org ", null),
				new Attendee("", memberAttending.email(), null),
				new Attendee("No email", " ", null));

		completed(attendees);
		completed(attendees);

		List<Map<String, Object>> grants = TenantContext.callAsOrganization(organization.id(), () -> jdbc
			.sql("select holder_email, holder_name, account_id, source, granted_by, evidence_training_id, expires_on "
					+ "from qualification where kind_id = ? order by holder_email")
			.param(core)
			.query()
			.listOfRows());
		assertThat(grants).hasSize(2);
		assertThat(grants.get(0)).containsEntry("holder_email", "ana@example.org")
			.containsEntry("holder_name", "Ana Participant")
			.containsEntry("source", "ATTENDANCE")
			.containsEntry("evidence_training_id", trainingId)
			.containsEntry("account_id", null)
			.containsEntry("granted_by", null);
		assertThat(grants.get(1)).as("a member attending is linked to their account by email")
			.containsEntry("account_id", memberAttending.accountId());
		assertThat(as(() -> qualifications.heldBy(memberAttending.accountId()))).singleElement()
			.satisfies(badge -> assertThat(badge.expiresOn()).isEqualTo(LocalDate.of(2028, 3, 1)));
	}

	@Test
	void aRevokedAttendanceGrantIsNotGivenBackButAnExpiredOneIsRenewedByTheNextTraining() {
		UUID core = pathway.kind(organization, new KindDetails("Completed core", "", BadgeColour.TEAL, KindScope.GENERAL,
				programId, 1, null));
		Person ana = fixtures.member(organization, OrganizationRole.TRAINER);
		Person ben = fixtures.member(organization, OrganizationRole.TRAINER);
		List<Attendee> both = List.of(new Attendee("Ana", ana.email(), ana.accountId()),
				new Attendee("Ben", ben.email(), ben.accountId()));
		assertThat(as(() -> qualifications.grantForAttendance(trainingId, programId, both))).isEqualTo(2);
		UUID anas = as(() -> qualifications.heldBy(ana.accountId())).get(0).qualificationId();
		run(() -> qualifications.revoke(anas, "Left after the first hour", organizer.accountId(), 0));

		assertThat(as(() -> qualifications.grantForAttendance(trainingId, programId, both))).isZero();
		assertThat(as(() -> qualifications.heldBy(ana.accountId()))).isEmpty();

		clock.advance(Duration.ofDays(40));
		UUID nextTraining = trainingFixtures.scheduled(organization,
				trainingFixtures.chapter(organization), programId, LocalDate.of(2026, 4, 25));
		assertThat(as(() -> qualifications.grantForAttendance(nextTraining, programId, both))).isEqualTo(2);
		assertThat(as(() -> qualifications.historyOf(ben.accountId()))).singleElement().satisfies(history -> {
			assertThat(history.grants()).hasSize(2);
			assertThat(history.current().evidenceTraining().id()).isEqualTo(nextTraining);
			assertThat(history.current().renews()).isEqualTo(history.grants().get(1).id());
			assertThat(history.kind().id()).isEqualTo(core);
		});
	}

	@Test
	void badgesOfManyMembersComeInTwoStatements() {
		UUID lead = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		UUID module = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", null));
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(lead, null, Evidence.none()),
				organizer.accountId()));
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(module, moduleKey, Evidence.none()),
				organizer.accountId()));
		as(() -> qualifications.grant(coach.accountId(), new NewGrant(lead, null, Evidence.none()),
				organizer.accountId()));

		QueryCounter.reset();
		Map<UUID, List<Badge>> badges = as(
				() -> qualifications.badgesOf(Set.of(trainer.accountId(), coach.accountId(), organizer.accountId())));
		assertThat(QueryCounter.count()).as("the badges and their modules' titles")
			.isEqualTo(2);

		assertThat(badges).containsOnlyKeys(trainer.accountId(), coach.accountId());
		assertThat(badges.get(trainer.accountId())).extracting(Badge::kindName)
			.containsExactly("Lead trainer", "Module trainer");
	}

	private void completed(List<Attendee> attendees) {
		TenantContext.runAsOrganization(organization.id(), () -> new TransactionTemplate(transactions)
			.executeWithoutResult(status -> events.publishEvent(new TrainingCompleted(organization.id(), trainingId,
					UUID.randomUUID(), List.of(LocalDate.of(2026, 4, 18)), ZoneId.of("America/Chicago"),
					attendees))));
	}

	/** Until another connection waits for a lock (the unique index's, held by this transaction's insert). */
	private void waitUntilBlocked() {
		for (int attempt = 0; attempt < 100; attempt++) {
			Integer waiting = jdbc.sql("select count(*)::int from pg_stat_activity where wait_event_type = 'Lock' "
					+ "and datname = current_database()").query(Integer.class).single();
			if (waiting > 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void assertGrantRefused(NewGrant grant, String field, String messageKey) {
		assertThatThrownBy(() -> as(() -> qualifications.grant(trainer.accountId(), grant, organizer.accountId())))
			.isInstanceOfSatisfying(PathwayChangeRefused.class, refusal -> {
				assertThat(refusal.field()).isEqualTo(field);
				assertThat(refusal.messageKey()).isEqualTo(messageKey);
			});
	}

	private void run(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
