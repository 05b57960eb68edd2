package org.liminal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.Checklist;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.Checklists;
import org.liminal.preparation.Readiness;
import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo trainings' checklists are in realistic states: the held training's all done, an upcoming one's due
 * tasks done but two left overdue, and exactly one training at risk, the compressed one in Boston (with the
 * demo's rehearsals, which keep Chicago's training of trainers, a week out, off the at-risk list). Like
 * {@link DemoTrainingsTests}, the detailed checks seed a fresh organization on awkward days.
 */
@DemoTest
class DemoPreparationTests {

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
	TrainingFinder finder;

	@Autowired
	Checklists checklists;

	@Autowired
	TrainingReadiness readiness;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-07T06:00:00Z", "2026-10-31T12:00:00Z", "2026-12-31T23:30:00Z" })
	void checklistsAreSomeDoneSomeOverdueAndOneTrainingAtRisk(String now) {
		clock.set(Instant.parse(now));
		OrganizationSummary organization = organizations.create(Fixtures.unique("demo"), "Demo preparation");
		TenantContext.runAsOrganization(organization.id(), demoCurriculum::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoTrainings::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoPreparation::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoPreparation::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoCoaching::seedUnlessPresent);

		TenantContext.runAsOrganization(organization.id(), () -> {
			List<TrainingSummary> all = finder.find(TrainingFilter.any(), 1, 100).trainings();
			Map<UUID, Checklist> lists = all.stream()
				.map(training -> checklists.checklist(training.id()))
				.flatMap(Optional::stream)
				.collect(Collectors.toMap(Checklist::trainingId, list -> list));

			TrainingSummary held = only(all, TrainingStatus.COMPLETED);
			assertThat(lists.get(held.id()).items()).isNotEmpty().allSatisfy(item -> {
				assertThat(item.isDone()).isTrue();
				assertThat(item.doneBy()).isNotNull();
			});

			List<Checklist> upcoming = all.stream()
				.filter(training -> training.status() == TrainingStatus.SCHEDULED)
				.map(training -> lists.get(training.id()))
				.toList();
			assertThat(upcoming).as("one upcoming training worked on, with two tasks left overdue")
				.filteredOn(list -> list.progress().done() > 0)
				.singleElement()
				.satisfies(worked -> {
					assertThat(worked.progress().overdue()).isEqualTo(DemoPreparation.LEFT_OVERDUE);
					assertThat(worked.items()).filteredOn(item -> item.dueDate().isBefore(worked.today()))
						.filteredOn(ChecklistItem::isDone)
						.hasSizeGreaterThanOrEqualTo(3);
					assertThat(worked.items()).filteredOn(item -> item.isOverdue(worked.today()))
						.anySatisfy(overdue -> assertThat(worked.commentsOn(overdue.id())).hasSize(1));
				});
			assertThat(upcoming).as("nothing done ahead of its date")
				.allSatisfy(list -> assertThat(list.items()).filteredOn(ChecklistItem::isDone)
					.allSatisfy(item -> assertThat(item.dueDate()).isBefore(list.today())));

			List<TrainingSummary> atRisk = readiness.of(all)
				.entrySet()
				.stream()
				.filter(entry -> entry.getValue().isAtRisk())
				.map(entry -> all.stream().filter(training -> training.id().equals(entry.getKey())).findFirst().orElseThrow())
				.toList();
			assertThat(atRisk).singleElement().satisfies(boston -> {
				assertThat(boston.chapterName()).isEqualTo("Boston");
				assertThat(boston.isCompressed()).isTrue();
				assertThat(readiness.of(all).get(boston.id()).reasons()).extracting(Readiness.Reason::messageKey)
					.contains("readiness.reason.modulesUnstaffed");
				Checklist list = lists.get(boston.id());
				assertThat(list.items()).filteredOn(ChecklistItem::isAddedByHand)
					.singleElement()
					.satisfies(added -> {
						assertThat(added.title()).isEqualTo(DemoPreparation.MISSING_TRAINERS);
						assertThat(added.ownerId()).isNotNull();
						assertThat(list.commentsOn(added.id())).hasSize(1);
					});
			});
			assertThat(lists.values()).as("one task added by hand in all")
				.flatMap(Checklist::items)
				.filteredOn(ChecklistItem::isAddedByHand)
				.hasSize(1);
		});
	}

	@Test
	void theDemoOrganizationsHeldTrainingHasItsChecklistDone() {
		OrganizationSummary demo = organizations.findBySlug("demo").orElseThrow();

		TenantContext.runAsOrganization(demo.id(), () -> {
			List<TrainingSummary> held = finder.find(TrainingFilter.any(), 1, 100)
				.trainings()
				.stream()
				.filter(training -> training.status() == TrainingStatus.COMPLETED)
				.toList();
			assertThat(held).isNotEmpty();
			assertThat(checklists.progress(held.stream().map(TrainingSummary::id).toList()).values())
				.anySatisfy(progress -> {
					assertThat(progress.total()).isPositive();
					assertThat(progress.done()).isEqualTo(progress.total());
				});
		});
	}

	private static TrainingSummary only(List<TrainingSummary> all, TrainingStatus status) {
		return all.stream().filter(training -> training.status() == status).findFirst().orElseThrow();
	}

}
