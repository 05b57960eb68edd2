package org.liminal.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.Checklist;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.Checklists;
import org.liminal.preparation.NewTask;
import org.liminal.preparation.Progress;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo trainings' checklists as teams leave them: the training held last month has every task done; of the
 * upcoming ones, the tasks whose date has passed are done by their owners (the chapter's lead for those nobody
 * holds), except the last two, left overdue with a note on one. The compressed Boston training, under two weeks
 * out with module seats still open, is at risk by the readiness rules: its lead adds a task by hand to find the
 * missing trainers. Everything goes through {@link Checklists}, after the trainings' checklists were generated.
 * <p>
 * Tasks are ticked as of the day the demo is seeded (the checklists have no way to replay the past): a task's
 * "done" date is that day.
 */
@Component
@Profile("demo & !operator")
class DemoPreparation {

	/** How many of the tasks already due an upcoming training leaves open. */
	static final int LEFT_OVERDUE = 2;

	static final String MISSING_TRAINERS = "Find the missing second trainers";

	private final TrainingFinder trainings;

	private final Chapters chapters;

	private final Checklists checklists;

	DemoPreparation(TrainingFinder trainings, Chapters chapters, Checklists checklists) {
		this.trainings = trainings;
		this.chapters = chapters;
		this.checklists = checklists;
	}

	/**
	 * Works the checklists of the organization set as tenant, all or nothing, unless there are none yet or someone
	 * already ticked a task (the demo was worked before, by this seed or by people trying it out).
	 */
	@Transactional
	void seedUnlessPresent() {
		List<TrainingSummary> planned = trainings.find(TrainingFilter.any(), 1, 100)
			.trainings()
			.stream()
			.filter(training -> training.status() == TrainingStatus.SCHEDULED
					|| training.status() == TrainingStatus.COMPLETED)
			.toList();
		Map<UUID, Progress> progress = checklists.progress(planned.stream().map(TrainingSummary::id).toList());
		if (progress.isEmpty() || progress.values().stream().anyMatch(checklist -> checklist.done() > 0)) {
			return;
		}
		for (TrainingSummary training : planned) {
			Optional<Checklist> checklist = checklists.checklist(training.id());
			if (checklist.isEmpty()) {
				continue;
			}
			UUID lead = leadOf(training);
			if (training.status() == TrainingStatus.COMPLETED) {
				everythingDone(checklist.get(), lead);
			}
			else {
				dueTasksDone(checklist.get(), lead);
			}
		}
		planned.stream()
			.filter(training -> training.status() == TrainingStatus.SCHEDULED && training.isCompressed())
			.min(Comparator.comparing(TrainingSummary::firstDay))
			.ifPresent(this::lookingForTrainers);
	}

	private void everythingDone(Checklist checklist, UUID lead) {
		for (ChecklistItem item : checklist.items()) {
			if (item.isOpen()) {
				checklists.tick(item.id(), item.version(), ownerOr(item, lead));
			}
		}
	}

	/** The tasks already due are done, but for the last two: one waits on someone else, and says so. */
	private void dueTasksDone(Checklist checklist, UUID lead) {
		List<ChecklistItem> due = checklist.items()
			.stream()
			.filter(item -> item.isOverdue(checklist.today()))
			.sorted(Comparator.comparing(ChecklistItem::dueDate).thenComparing(ChecklistItem::offsetDays))
			.toList();
		int done = Math.max(0, due.size() - LEFT_OVERDUE);
		for (ChecklistItem item : due.subList(0, done)) {
			checklists.tick(item.id(), item.version(), ownerOr(item, lead));
		}
		if (done < due.size()) {
			ChecklistItem waiting = due.get(done);
			checklists.comment(waiting.id(), ownerOr(waiting, lead),
					"Started, but waiting on an answer from the venue. I asked again this week and will tick it off "
							+ "as soon as I hear back.");
		}
	}

	/** The compressed training's lead goes looking for the trainers its open module seats still need. */
	private void lookingForTrainers(TrainingSummary training) {
		UUID lead = leadOf(training);
		Checklist checklist = checklists.checklist(training.id()).orElseThrow();
		UUID task = checklists.add(training.id(), new NewTask(MISSING_TRAINERS,
				"Every module still needs its second trainer. Ask the trainers of the neighbouring chapters and the "
						+ "last Training of trainers.",
				checklist.today().plusDays(2), lead), lead);
		checklists.comment(task, lead,
				"Marcus and Priya may be free that weekend; I wrote to both. If nobody confirms by Wednesday, we run "
						+ "the story modules with one trainer each.");
	}

	private UUID leadOf(TrainingSummary training) {
		return chapters.chapter(training.chapterId())
			.leads()
			.stream()
			.map(Person::accountId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo chapter " + training.chapterName()
					+ " has no lead in organization " + TenantContext.requireOrganizationId()));
	}

	private static UUID ownerOr(ChecklistItem item, UUID lead) {
		return item.ownerId() != null ? item.ownerId() : lead;
	}

}
