package org.liminal.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Coaches see the trainers they coach who met a rule (two ready verdicts on a module) and recognize them in one go. */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class,
		QueryCounter.class })
class RecognitionTests {

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
	Recognition recognition;

	@Autowired
	Qualifications qualifications;

	@Autowired
	QualificationKinds kinds;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	Person organizer;

	Person coach;

	Person otherCoach;

	Person trainer;

	Person othersTrainer;

	UUID moduleKey;

	UUID trainingId;

	UUID moduleTrainer;

	@BeforeEach
	void aCoachTheirTrainerAndSomeoneElsesTrainer() {
		clock.set(NOW);
		organization = fixtures.organization("recognition");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		coach = fixtures.member(organization, OrganizationRole.COACH);
		otherCoach = fixtures.member(organization, OrganizationRole.COACH);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		othersTrainer = fixtures.member(organization, OrganizationRole.TRAINER);
		UUID chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(),
				Set.of(coach.accountId(), trainer.accountId()));
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		moduleKey = pathway.firstModuleKey(organization, programId);
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
		moduleTrainer = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", 2));
	}

	@Test
	void twoReadyVerdictsOnAModuleMakeASuggestionOneDoesNot() {
		UUID runThrough = pathway.heldRunThrough(organization, trainingId, LocalDate.of(2026, 4, 1));
		pathway.readyVerdict(organization, trainingId, null, moduleKey, trainer.accountId(), coach.accountId());
		pathway.verdict(organization, trainingId, runThrough, moduleKey, othersTrainer.accountId(),
				otherCoach.accountId(), "READY_WITH_CHANGES");
		pathway.readyVerdict(organization, trainingId, null, moduleKey, othersTrainer.accountId(),
				otherCoach.accountId());
		assertThat(as(() -> recognition.suggestionsFor(organizer.accountId()))).isEmpty();

		pathway.readyVerdict(organization, trainingId, runThrough, moduleKey, trainer.accountId(), otherCoach.accountId());

		List<Suggestion> suggestions = as(() -> recognition.suggestionsFor(organizer.accountId()));
		assertThat(suggestions).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.accountId()).isEqualTo(trainer.accountId());
			assertThat(suggestion.name()).isEqualTo(trainer.account().displayName());
			assertThat(suggestion.kind().id()).isEqualTo(moduleTrainer);
			assertThat(suggestion.moduleTitle()).isEqualTo("Story of self");
			assertThat(suggestion.readyVerdicts()).isEqualTo(2);
			assertThat(suggestion.latestTraining().id()).isEqualTo(trainingId);
			assertThat(suggestion.latestRunThroughId()).isEqualTo(runThrough);
		});
	}

	@Test
	void aCoachSeesOnlyTheTrainersTheyCoachAndATrainerSeesNobody() {
		twoReadyVerdicts(trainer, otherCoach);
		twoReadyVerdicts(othersTrainer, otherCoach);

		assertThat(as(() -> recognition.suggestionsFor(coach.accountId()))).extracting(Suggestion::accountId)
			.containsExactly(trainer.accountId());
		assertThat(as(() -> recognition.suggestionsFor(organizer.accountId()))).extracting(Suggestion::accountId)
			.containsExactlyInAnyOrder(trainer.accountId(), othersTrainer.accountId());
		assertThat(as(() -> recognition.suggestionsFor(trainer.accountId()))).isEmpty();
	}

	@Test
	void someoneHoldingTheKindIsNotSuggestedUntilItExpires() {
		run(() -> kinds.change(moduleTrainer, new KindDetails("Module trainer", "", BadgeColour.BLUE, KindScope.MODULE,
				null, 12, 2), kinds.kind(moduleTrainer).version()));
		twoReadyVerdicts(trainer, coach);
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(moduleTrainer, moduleKey, Evidence.none()),
				coach.accountId()));

		assertThat(as(() -> recognition.suggestionsFor(coach.accountId()))).isEmpty();

		clock.advance(Duration.ofDays(366));
		assertThat(as(() -> recognition.suggestionsFor(coach.accountId()))).extracting(Suggestion::accountId)
			.containsExactly(trainer.accountId());
	}

	@Test
	void recognizingGrantsWithTheVerdictsAsEvidenceOnce() {
		UUID runThrough = pathway.heldRunThrough(organization, trainingId, LocalDate.of(2026, 4, 1));
		pathway.readyVerdict(organization, trainingId, null, moduleKey, trainer.accountId(), otherCoach.accountId());
		pathway.readyVerdict(organization, trainingId, runThrough, moduleKey, trainer.accountId(), coach.accountId());

		Optional<Suggestion> recognized = as(() -> recognition.recognize(coach.accountId(), moduleTrainer, trainer.accountId(),
				moduleKey, Locale.ENGLISH));

		assertThat(recognized).hasValueSatisfying(suggestion -> assertThat(suggestion.name())
			.isEqualTo(trainer.account().displayName()));
		assertThat(as(() -> qualifications.historyOf(trainer.accountId()))).singleElement().satisfies(history -> {
			GrantRecord grant = history.current();
			assertThat(grant.source()).isEqualTo(GrantSource.SUGGESTION);
			assertThat(grant.grantedBy()).isEqualTo(coach.accountId());
			assertThat(grant.evidence().note()).isEqualTo("2 ready verdicts on Story of self.");
			assertThat(grant.evidence().trainingId()).isEqualTo(trainingId);
			assertThat(grant.evidence().runThroughId()).isEqualTo(runThrough);
		});
		assertThat(as(() -> recognition.suggestionsFor(coach.accountId()))).isEmpty();
		assertThat(as(() -> recognition.recognize(coach.accountId(), moduleTrainer, trainer.accountId(), moduleKey,
				Locale.ENGLISH))).isEmpty();
	}

	@Test
	void retiredKindsAndKindsWithoutARuleSuggestNothing() {
		pathway.kind(organization, PathwayFixtures.perModule("Co-trainer", null));
		twoReadyVerdicts(trainer, coach);
		run(() -> kinds.retire(moduleTrainer, kinds.kind(moduleTrainer).version()));

		assertThat(as(() -> recognition.suggestionsFor(organizer.accountId()))).isEmpty();
	}

	@Test
	void theSuggestionsOfManyPeopleCostTheSameStatements() {
		twoReadyVerdicts(trainer, coach);
		int few = statementsForSuggestions();
		for (int i = 0; i < 8; i++) {
			twoReadyVerdicts(fixtures.member(organization, OrganizationRole.TRAINER), otherCoach);
		}

		assertThat(statementsForSuggestions()).isEqualTo(few);
		assertThat(as(() -> recognition.suggestionsFor(organizer.accountId()))).hasSize(9);
	}

	private int statementsForSuggestions() {
		QueryCounter.reset();
		as(() -> recognition.suggestionsFor(organizer.accountId()));
		return QueryCounter.count();
	}

	private void twoReadyVerdicts(Person presenter, Person by) {
		pathway.readyVerdict(organization, trainingId, null, moduleKey, presenter.accountId(), by.accountId());
		pathway.readyVerdict(organization, trainingId, pathway.heldRunThrough(organization, trainingId,
				LocalDate.of(2026, 4, 1)), moduleKey, presenter.accountId(), by.accountId());
	}

	private void run(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
