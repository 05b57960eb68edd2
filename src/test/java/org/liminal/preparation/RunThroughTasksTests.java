package org.liminal.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.MutableClock;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.coaching.CoachingFixtures;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughs;
import org.liminal.curriculum.ResponsibleRole;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Dates;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Planned run-throughs are tasks of their training's checklist: due on the run-through's date, moved with the
 * plan, ticked when held, cancelled with it, and left where they are when the training moves. The clock is at
 * 10:00 in New York on 1 March 2026; the coached training starts six weeks later.
 */
@WebTest
@Import({ CoachingFixtures.class, MutableClock.Configuration.class })
class RunThroughTasksTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Autowired
	CoachingFixtures fixtures;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	RunThroughTasks tasks;

	@Autowired
	Checklists checklists;

	@Autowired
	Trainings trainings;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	Coached coached;

	@BeforeEach
	void aCoachedTrainingSixWeeksOut() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = fixtures.coached("rt-tasks", TODAY.plusWeeks(6));
	}

	@Test
	void aPlannedRunThroughIsATaskOfTheLeadTrainerDueOnItsDate() {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10));

		ChecklistItem task = taskOf(coached.trainingId(), id);
		assertThat(task.dueDate()).isEqualTo(TODAY.plusDays(10));
		assertThat(task.offsetDays()).isEqualTo(-32);
		assertThat(task.ownerId()).isEqualTo(coached.ana().accountId());
		assertThat(task.responsible()).isEqualTo(ResponsibleRole.LEAD_TRAINER);
		assertThat(task.isOpen()).isTrue();
		assertThat(task.isAddedByHand()).isFalse();
		assertThat(task.title()).isEqualTo("Run-through: Story of self, Theory of change");
		assertThat(task.description())
			.contains("Who presents: Story of self — " + coached.ana().account().displayName() + "; Theory of change — "
					+ coached.ben().account().displayName())
			.contains("Starts at 6:30");
	}

	@Test
	void aChangedPlanMovesItsTask() {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10));

		as(() -> runThroughs.change(id, details(TODAY.plusDays(20), List.of(storyByAna())), version(id)));

		assertThat(runThroughTasks(coached.trainingId())).singleElement().satisfies(task -> {
			assertThat(task.runThroughId()).isEqualTo(id);
			assertThat(task.dueDate()).isEqualTo(TODAY.plusDays(20));
			assertThat(task.title()).isEqualTo("Run-through: Story of self");
		});
	}

	@Test
	void aRunThroughLoggedAsHeldTicksItsTaskByWhoeverLoggedIt() {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10));
		clock.set(Instant.parse("2026-03-11T23:00:00Z"));

		as(() -> runThroughs.logPlanned(id, details(TODAY.plusDays(10), List.of(
				new Presentation(coached.story(), coached.ana().accountId(), 45, 50),
				new Presentation(coached.change(), coached.ben().accountId(), 60, 60))), version(id),
				coached.coach().accountId()));

		ChecklistItem task = taskOf(coached.trainingId(), id);
		assertThat(task.isDone()).isTrue();
		assertThat(task.doneBy()).isEqualTo(coached.coach().accountId());
		assertThat(task.doneAt()).isEqualTo(Instant.parse("2026-03-11T23:00:00Z"));
	}

	@Test
	void aRunThroughLoggedWithoutAPlanAddsNoTask() {
		as(() -> runThroughs.log(coached.trainingId(), details(TODAY, List.of(
				new Presentation(coached.story(), coached.ana().accountId(), 45, 50))), coached.ana().accountId()));

		assertThat(runThroughTasks(coached.trainingId())).isEmpty();
	}

	@Test
	void aCancelledRunThroughCancelsItsTask() {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10));

		as(() -> runThroughs.cancel(id, version(id)));

		assertThat(taskOf(coached.trainingId(), id).status()).isEqualTo(ItemStatus.CANCELLED);
	}

	@Test
	void aRedeliveredEventLeavesOneUnchangedTask() {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10));
		ChecklistItem first = taskOf(coached.trainingId(), id);

		as(() -> tasks.follow(id));
		as(() -> tasks.follow(id));

		assertThat(runThroughTasks(coached.trainingId())).singleElement().isEqualTo(first);
	}

	@Test
	void aDraftTrainingsRunThroughWaitsForItsChecklist() {
		UUID draft = trainingFixtures.draft(coached.organization(), coached.chapterId(), coached.programId(),
				TODAY.plusWeeks(8));
		UUID id = plan(draft, TODAY.plusDays(10));
		assertThat(as(() -> checklists.checklist(draft))).isEmpty();

		as(() -> trainings.schedule(draft, trainings.training(draft).version()));

		ChecklistItem task = taskOf(draft, id);
		assertThat(task.dueDate()).isEqualTo(TODAY.plusDays(10));
		assertThat(task.ownerId()).as("no lead trainer yet: the chapter's leads").isNull();
	}

	@Test
	void aRescheduledTrainingLeavesRunThroughTasksOnTheirDates() {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10));
		LocalDate later = TODAY.plusWeeks(8);

		as(() -> trainings.reschedule(coached.trainingId(), new Dates(later, List.of(LocalTime.of(10, 0))),
				trainings.training(coached.trainingId()).version()));

		Checklist checklist = as(() -> checklists.checklist(coached.trainingId())).orElseThrow();
		ChecklistItem task = taskOf(coached.trainingId(), id);
		assertThat(task.dueDate()).isEqualTo(TODAY.plusDays(10));
		assertThat(task.offsetDays()).isEqualTo(-46);
		assertThat(checklist.items()).filteredOn(ChecklistItem::isFromTemplate)
			.isNotEmpty()
			.allSatisfy(item -> assertThat(item.dueDate()).isEqualTo(later.plusDays(item.offsetDays())));
	}

	@Test
	void theChecklistLinksARunThroughsTaskToTheRunThrough() throws Exception {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10));
		String slug = coached.organization().slug();

		String page = mvc
			.perform(get("/" + slug + "/trainings/" + coached.trainingId())
				.session(SignIn.as(mvc, coached.lead().email())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Run-through: Story of self, Theory of change")
			.contains("href=\"/" + slug + "/trainings/" + coached.trainingId() + "/run-throughs/" + id + "\"")
			.contains("See the run-through");
	}

	private UUID plan(UUID trainingId, LocalDate date) {
		return as(() -> runThroughs.plan(trainingId, details(date, List.of(storyByAna(),
				new Presentation(coached.change(), coached.ben().accountId(), 60, null))),
				coached.lead().accountId()));
	}

	private Presentation storyByAna() {
		return new Presentation(coached.story(), coached.ana().accountId(), 45, null);
	}

	private RunThroughDetails details(LocalDate date, List<Presentation> parts) {
		return new RunThroughDetails(date, LocalTime.of(18, 30), RunThroughFormat.ONLINE, "", parts,
				Set.of(coached.coach().accountId()), "", "");
	}

	private long version(UUID runThroughId) {
		return as(() -> runThroughs.runThrough(runThroughId)).version();
	}

	private List<ChecklistItem> runThroughTasks(UUID trainingId) {
		return as(() -> checklists.checklist(trainingId)).orElseThrow()
			.items()
			.stream()
			.filter(ChecklistItem::isRunThrough)
			.toList();
	}

	private ChecklistItem taskOf(UUID trainingId, UUID runThroughId) {
		return runThroughTasks(trainingId).stream()
			.filter(task -> task.runThroughId().equals(runThroughId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No task for run-through " + runThroughId));
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

	private void as(Runnable work) {
		TenantContext.runAsOrganization(coached.organization().id(), work);
	}

}
