package org.liminal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.coaching.FeedbackView;
import org.liminal.coaching.Feedbacks;
import org.liminal.coaching.ReadyVerdicts;
import org.liminal.coaching.RehearsalMatrices;
import org.liminal.coaching.Rehearsals;
import org.liminal.coaching.RunThroughStatus;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.coaching.Verdict;
import org.liminal.coaching.Verdicts;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.Badge;
import org.liminal.pathway.Qualifications;
import org.liminal.pathway.Recognition;
import org.liminal.pathway.Suggestion;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's run-throughs and feedback, seeded on awkward days: Chicago's training of trainers rehearsed and
 * signed off after a second run-through for Marcus, Boston's compressed training with a plan only, and the held
 * training's feedback (two ready verdicts for Aisha, one Tamara has not acknowledged, a draft for Grace); then badges,
 * with Aisha left to recognize.
 * Seeding twice adds nothing.
 */
@DemoTest
class DemoCoachingTests {

	@Autowired
	Organizations organizations;

	@Autowired
	DemoCurriculum demoCurriculum;

	@Autowired
	DemoTrainings demoTrainings;

	@Autowired
	DemoPreparation demoPreparation;

	@Autowired
	DemoCoaching demoCoaching;

	@Autowired
	DemoPathway demoPathway;

	@Autowired
	Qualifications qualifications;

	@Autowired
	Recognition recognition;

	@Autowired
	TrainingFinder finder;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	RehearsalMatrices matrices;

	@Autowired
	Verdicts verdicts;

	@Autowired
	Chapters chapters;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-07T06:00:00Z", "2026-12-31T23:30:00Z" })
	void trainersRehearsedCoachesGaveFeedbackInEveryState(String now) {
		clock.set(Instant.parse(now));
		OrganizationSummary organization = organizations.create(Fixtures.unique("demo"), "Demo coaching");
		TenantContext.runAsOrganization(organization.id(), demoCurriculum::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoTrainings::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoPreparation::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoCoaching::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoCoaching::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoPathway::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoPathway::seedUnlessPresent);

		TenantContext.runAsOrganization(organization.id(), () -> {
			Map<String, UUID> people = chapters.people()
				.stream()
				.collect(Collectors.toMap(person -> person.email().substring(0, person.email().indexOf('@')),
						Person::accountId));
			List<TrainingSummary> all = finder.find(TrainingFilter.any(), 1, 100).trainings();
			Map<UUID, List<RunThroughView>> byTraining = runThroughs
				.ofTrainings(all.stream().map(TrainingSummary::id).toList());
			TrainingSummary trainersTraining = first(all, "Chicago", TrainingStatus.SCHEDULED);
			TrainingSummary compressed = first(all, "Boston", TrainingStatus.SCHEDULED);
			TrainingSummary held = first(all, "Boston", TrainingStatus.COMPLETED);

			assertThat(byTraining.get(trainersTraining.id())).extracting(RunThroughView::status)
				.containsExactly(RunThroughStatus.HELD, RunThroughStatus.HELD);
			Rehearsals rehearsals = matrices.rehearsals(List.of(trainersTraining.id())).get(trainersTraining.id());
			assertThat(rehearsals.presentations()).isPositive();
			assertThat(rehearsals.isComplete()).as("every presenter signed off").isTrue();
			List<FeedbackView> marcus = feedbacks.historyOf(people.get("marcus"));
			assertThat(marcus).extracting(FeedbackView::verdict).contains(Verdict.ANOTHER_RUN_THROUGH, Verdict.READY);
			assertThat(marcus).filteredOn(feedback -> feedback.verdict() == Verdict.READY)
				.allSatisfy(feedback -> assertThat(feedback.isAcknowledged()).isFalse());
			assertThat(feedbacks.historyOf(people.get("priya"))).anySatisfy(
					feedback -> assertThat(feedback.hasReply()).isTrue());

			assertThat(byTraining.get(compressed.id())).extracting(RunThroughView::status)
				.containsExactly(RunThroughStatus.PLANNED);
			assertThat(matrices.rehearsals(List.of(compressed.id())).get(compressed.id()).runThrough()).isZero();

			assertThat(byTraining).doesNotContainKey(held.id());
			assertThat(verdicts.readyAtLeast(2)).extracting(ReadyVerdicts::presenterId).contains(people.get("aisha"));
			assertThat(feedbacks.historyOf(people.get("trainer"))).singleElement()
				.satisfies(feedback -> assertThat(feedback.isAcknowledged()).isFalse());
			assertThat(feedbacks.draftsOf(people.get("coach"))).singleElement()
				.satisfies(draft -> assertThat(draft.presenterId()).isEqualTo(people.get("grace")));

			assertThat(qualifications.heldBy(people.get("ruth"))).extracting(Badge::kindName).containsExactly("Coach");
			assertThat(qualifications.heldBy(people.get("priya"))).extracting(Badge::kindName)
				.containsExactlyInAnyOrder("Lead trainer", "Module trainer");
			assertThat(recognition.suggestionsFor(people.get("organizer"))).extracting(Suggestion::accountId)
				.contains(people.get("aisha"));
		});
	}

	private static TrainingSummary first(List<TrainingSummary> all, String chapter, TrainingStatus status) {
		return all.stream()
			.filter(training -> training.chapterName().equals(chapter) && training.status() == status)
			.findFirst()
			.orElseThrow();
	}

}
