package org.liminal.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.curriculum.ChecklistTask;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.DraftChecklist;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.ResponsibleRole;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Dates;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.TrainingScheduled;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Checklists follow their trainings: generated when one is scheduled, moved, closed, renewed and re-owned as
 * it changes, with the clock at 06:00 UTC on 1 March 2026 (1 March in the chapter, New York).
 */
@SpringBootTest
@RecordApplicationEvents
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class })
class ChecklistsTests {

	static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	Programs programs;

	@Autowired
	DraftChecklist draftChecklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ChecklistPlanner planner;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	OrganizationSummary organization;

	Person lead;

	Person ana;

	UUID programId;

	UUID chapterId;

	@BeforeEach
	void aChapterAndAProgramWithTheDefaultChecklist() {
		clock.set(NOW);
		organization = fixtures.organization("checklists");
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		ana = fixtures.member(organization, OrganizationRole.TRAINER);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = trainingFixtures.chapter(organization, "America/New_York", Set.of(lead.accountId()),
				Set.of(ana.accountId()));
	}

	@Test
	void schedulingGeneratesTheChecklistFromTheTemplateAtOnce() {
		LocalDate firstDay = LocalDate.of(2026, 6, 1);
		UUID trainingId = trainingFixtures.draft(organization, chapterId, programId, firstDay);
		assertThat(as(() -> checklists.checklist(trainingId))).isEmpty();

		schedule(trainingId);

		Checklist checklist = as(() -> checklists.checklist(trainingId)).orElseThrow();
		var template = as(() -> programs.latestPublished(programId)).orElseThrow().checklist();
		assertThat(checklist.items()).hasSize(template.size()).allSatisfy(item -> {
			assertThat(item.dueDate()).isEqualTo(firstDay.plusDays(item.offsetDays()));
			assertThat(item.compressed()).isFalse();
			assertThat(item.isOpen()).isTrue();
		});
		assertThat(checklist.items()).filteredOn(item -> item.responsible() == ResponsibleRole.CHAPTER_LEAD)
			.isNotEmpty()
			.allSatisfy(item -> assertThat(item.ownerId()).isNull());
		assertThat(checklist.progress()).isEqualTo(new Progress(0, template.size(), 0));
		assertThat(checklist.weeks().get(0).weeksBefore()).isEqualTo(8);
	}

	@Test
	void generationIsIdempotentWhenTheEventComesTwice() {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 6, 1));
		TrainingScheduled event = events.stream(TrainingScheduled.class).reduce((first, second) -> second).orElseThrow();
		int before = as(() -> checklists.checklist(trainingId)).orElseThrow().items().size();

		int written = as(() -> planner.generate(List.of(event, event)));

		assertThat(written).isZero();
		assertThat(as(() -> checklists.checklist(trainingId)).orElseThrow().items()).hasSize(before);
	}

	@Test
	void aCompressedPreparationPutsNothingInThePast() {
		// 19 days out: the tasks of weeks 8 to 3 are squeezed in before the one due two weeks before.
		LocalDate firstDay = LocalDate.of(2026, 3, 20);
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, firstDay);

		Checklist checklist = as(() -> checklists.checklist(trainingId)).orElseThrow();

		assertThat(checklist.items()).allSatisfy(item -> assertThat(item.dueDate()).isAfterOrEqualTo(TODAY));
		assertThat(checklist.items()).filteredOn(ChecklistItem::compressed)
			.isNotEmpty()
			.allSatisfy(item -> {
				assertThat(item.offsetDays()).isLessThan(-19);
				assertThat(item.dueDate()).isBefore(firstDay.minusDays(14));
			});
		assertThat(checklist.items()).filteredOn(item -> !item.compressed())
			.allSatisfy(item -> assertThat(item.dueDate()).isEqualTo(firstDay.plusDays(item.offsetDays())));
		assertThat(checklist.progress().overdue()).isZero();
	}

	@Test
	void reschedulingMovesOpenTasksKeepsDoneOnesAndTasksAddedByHand() {
		LocalDate firstDay = LocalDate.of(2026, 6, 1);
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, firstDay);
		Checklist checklist = as(() -> checklists.checklist(trainingId)).orElseThrow();
		ChecklistItem first = checklist.items().get(0);
		as(() -> checklists.tick(first.id(), first.version(), lead.accountId()));
		UUID added = as(() -> checklists.add(trainingId,
				new NewTask("Book the bus", "", firstDay.minusDays(3), ana.accountId()), lead.accountId()));

		as(() -> trainings.reschedule(trainingId, new Dates(firstDay.plusDays(7), List.of(LocalTime.of(10, 0))),
				trainings.training(trainingId).version()));

		Checklist moved = as(() -> checklists.checklist(trainingId)).orElseThrow();
		assertThat(moved.firstDay()).isEqualTo(firstDay.plusDays(7));
		assertThat(moved.items()).hasSize(checklist.items().size() + 1);
		assertThat(item(moved, first.id())).satisfies(done -> {
			assertThat(done.isDone()).isTrue();
			assertThat(done.dueDate()).isEqualTo(first.dueDate());
			assertThat(done.doneBy()).isEqualTo(lead.accountId());
		});
		assertThat(item(moved, added).dueDate()).isEqualTo(firstDay.plusDays(4));
		assertThat(moved.items()).filteredOn(ChecklistItem::isOpen)
			.allSatisfy(item -> assertThat(item.dueDate()).isEqualTo(firstDay.plusDays(7 + item.offsetDays())));
	}

	@Test
	void cancellingClosesOpenTasksAndKeepsWhatWasDone() {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 6, 1));
		ChecklistItem first = as(() -> checklists.checklist(trainingId)).orElseThrow().items().get(0);
		as(() -> checklists.tick(first.id(), first.version(), lead.accountId()));

		as(() -> trainings.cancel(trainingId, "The venue fell through", trainings.training(trainingId).version()));

		Checklist cancelled = as(() -> checklists.checklist(trainingId)).orElseThrow();
		assertThat(cancelled.cancelled()).isTrue();
		assertThat(cancelled.items()).filteredOn(item -> !item.id().equals(first.id()))
			.allSatisfy(item -> assertThat(item.status()).isEqualTo(ItemStatus.CANCELLED));
		assertThat(item(cancelled, first.id()).isDone()).isTrue();
		assertThat(cancelled.progress()).isEqualTo(new Progress(1, 1, 0));
		assertThat(as(() -> checklists.tasksOf(lead.accountId(), Set.of(chapterId)))).isEmpty();
	}

	@Test
	void tasksFollowTheirRoleUntilSomeoneHandsThemOn() {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 6, 1));
		List<ChecklistItem> leadTrainerTasks = as(() -> checklists.checklist(trainingId)).orElseThrow()
			.items()
			.stream()
			.filter(item -> item.responsible() == ResponsibleRole.LEAD_TRAINER
					|| item.responsible() == ResponsibleRole.MODULE_TRAINER)
			.toList();
		assertThat(leadTrainerTasks).isNotEmpty().allSatisfy(item -> assertThat(item.ownerId()).isNull());
		assertThat(as(() -> checklists.tasksOf(lead.accountId(), Set.of(chapterId))))
			.extracting(ChecklistItem::id)
			.containsAll(leadTrainerTasks.stream().map(ChecklistItem::id).toList());

		staff(trainingId, Map.of(Seat.leadTrainer(), ana.accountId()));

		Checklist staffed = as(() -> checklists.checklist(trainingId)).orElseThrow();
		assertThat(leadTrainerTasks).allSatisfy(task -> assertThat(item(staffed, task.id()).ownerId())
			.isEqualTo(ana.accountId()));
		assertThat(as(() -> checklists.tasksOf(ana.accountId(), Set.of()))).extracting(ChecklistItem::id)
			.containsExactlyInAnyOrderElementsOf(leadTrainerTasks.stream().map(ChecklistItem::id).toList());

		ChecklistItem handed = item(staffed, leadTrainerTasks.get(0).id());
		as(() -> checklists.handTo(handed.id(), lead.accountId(), ana.accountId(), handed.version()));
		staff(trainingId, Map.of());

		Checklist unstaffed = as(() -> checklists.checklist(trainingId)).orElseThrow();
		assertThat(item(unstaffed, handed.id()).ownerId()).isEqualTo(lead.accountId());
		assertThat(item(unstaffed, leadTrainerTasks.get(1).id()).ownerId()).isNull();
	}

	@Test
	void aNewerVersionReplacesOpenTemplateTasksAndKeepsDoneOnes() {
		LocalDate firstDay = LocalDate.of(2026, 6, 1);
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, firstDay);
		Checklist before = as(() -> checklists.checklist(trainingId)).orElseThrow();
		ChecklistItem done = before.items().get(0);
		ChecklistItem renamed = before.items().get(1);
		ChecklistItem dropped = before.items().get(2);
		as(() -> checklists.tick(done.id(), done.version(), lead.accountId()));
		UUID byHand = as(() -> checklists.add(trainingId, new NewTask("Book the bus", "", firstDay.minusDays(3), null),
				lead.accountId()));
		UUID nextVersion = as(() -> {
			programs.startDraft(programId);
			var draft = programs.draft(programId);
			var renamedTemplate = draft.checklist().stream().filter(task -> task.key().equals(renamed.templateKey())).findFirst().orElseThrow();
			draftChecklist.change(programId, renamedTemplate.id(), new ChecklistTask("Confirm the venue in writing",
					"", -50, ResponsibleRole.CHAPTER_LEAD, null), renamedTemplate.version());
			var droppedTemplate = draft.checklist().stream().filter(task -> task.key().equals(dropped.templateKey())).findFirst().orElseThrow();
			draftChecklist.remove(programId, droppedTemplate.id());
			draftChecklist.add(programId, new ChecklistTask("Check the first-aid kit", "", -3, ResponsibleRole.CHAPTER_LEAD, null));
			programs.publish(programId, programs.draft(programId).version());
			return programs.latestPublished(programId).orElseThrow().versionId();
		});

		as(() -> trainings.moveToVersion(trainingId, nextVersion, trainings.training(trainingId).version()));

		Checklist after = as(() -> checklists.checklist(trainingId)).orElseThrow();
		assertThat(item(after, done.id()).isDone()).isTrue();
		assertThat(item(after, renamed.id())).satisfies(item -> {
			assertThat(item.title()).isEqualTo("Confirm the venue in writing");
			assertThat(item.dueDate()).isEqualTo(firstDay.minusDays(50));
		});
		assertThat(after.items()).extracting(ChecklistItem::id).doesNotContain(dropped.id()).contains(byHand);
		assertThat(after.items()).extracting(ChecklistItem::title).contains("Check the first-aid kit");
		assertThat(after.items()).hasSize(before.items().size() + 1);
	}

	@Test
	void ticksAndReopensGuardAgainstStaleVersions() {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 6, 1));
		ChecklistItem item = as(() -> checklists.checklist(trainingId)).orElseThrow().items().get(0);

		as(() -> checklists.tick(item.id(), item.version(), ana.accountId()));

		assertThatThrownBy(() -> as(() -> checklists.tick(item.id(), item.version(), lead.accountId())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		ChecklistItem done = item(as(() -> checklists.checklist(trainingId)).orElseThrow(), item.id());
		assertThat(done.doneBy()).isEqualTo(ana.accountId());
		assertThat(done.doneAt()).isEqualTo(NOW);

		as(() -> checklists.reopen(done.id(), done.version()));
		as(() -> checklists.comment(done.id(), lead.accountId(), "  The venue wants a deposit  "));

		Checklist reopened = as(() -> checklists.checklist(trainingId)).orElseThrow();
		assertThat(item(reopened, item.id()).isOpen()).isTrue();
		assertThat(reopened.commentsOn(item.id())).singleElement()
			.satisfies(comment -> assertThat(comment.body()).isEqualTo("The venue wants a deposit"));
	}

	@Test
	void aTaskAddedByHandCannotBeDueInThePast() {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 6, 1));

		assertThatThrownBy(() -> as(() -> checklists.add(trainingId,
				new NewTask("Too late", "", TODAY.minusDays(1), null), lead.accountId())))
			.isInstanceOfSatisfying(PreparationChangeRefused.class,
					refusal -> assertThat(refusal.field()).isEqualTo("dueDate"));
	}

	private static ChecklistItem item(Checklist checklist, UUID itemId) {
		return checklist.items().stream().filter(item -> item.id().equals(itemId)).findFirst().orElseThrow();
	}

	private void schedule(UUID trainingId) {
		as(() -> trainings.schedule(trainingId, trainings.training(trainingId).version()));
	}

	private void staff(UUID trainingId, Map<Seat, UUID> team) {
		as(() -> trainings.staff(trainingId, team, trainings.training(trainingId).version()));
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	private void as(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

}
