package org.liminal.dashboards;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.chapters.Chapters;
import org.liminal.coaching.CoacheeWork;
import org.liminal.coaching.Coachees;
import org.liminal.coaching.CoachingAgenda;
import org.liminal.coaching.FeedbackDue;
import org.liminal.coaching.ModuleTitles;
import org.liminal.coaching.PlannedRunThrough;
import org.liminal.coaching.PresenterRehearsal.Stage;
import org.liminal.coaching.RehearsalMatrices;
import org.liminal.shared.FirstOf;
import org.liminal.trainings.Assignments;
import org.liminal.trainings.Post;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.Trainings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's or coach's own page: their trainings with where they stand on each module, their next run-throughs,
 * the feedback they have to acknowledge and, for coaches, what waits on them per trainer. Read from projections in
 * a fixed number of statements however much there is.
 */
@Service
public class PersonalDashboard {

	/** How many of each list the page shows; the full pages have the rest. */
	public static final int SHOWN = 10;

	private final TrainingFinder finder;

	private final Trainings trainings;

	private final Chapters chapters;

	private final RehearsalMatrices rehearsals;

	private final CoachingAgenda agenda;

	private final Coachees coachees;

	private final ModuleTitles moduleTitles;

	private final Accounts accounts;

	PersonalDashboard(TrainingFinder finder, Trainings trainings, Chapters chapters, RehearsalMatrices rehearsals,
			CoachingAgenda agenda, Coachees coachees, ModuleTitles moduleTitles, Accounts accounts) {
		this.finder = finder;
		this.trainings = trainings;
		this.chapters = chapters;
		this.rehearsals = rehearsals;
		this.agenda = agenda;
		this.coachees = coachees;
		this.moduleTitles = moduleTitles;
		this.accounts = accounts;
	}

	/** The page of someone who holds the trainer role, the coach role or both. */
	@Transactional(readOnly = true)
	public MyPage of(UUID accountId, boolean coach) {
		LocalDate today = trainings.earliestToday(chapters.names());
		FirstOf<MyTraining> myTrainings = trainings(accountId, today);
		FirstOf<PlannedRunThrough> planned = agenda.plannedFor(accountId, today, SHOWN);
		FirstOf<FeedbackDue> due = agenda.toAcknowledge(accountId, SHOWN);
		Set<UUID> trainers = coach ? coachees.of(accountId) : Set.of();
		Map<UUID, CoacheeWork> work = agenda.waitingOn(accountId, trainers);
		Map<UUID, TrainingSummary> named = finder.summaries(Stream
			.concat(planned.items().stream().map(PlannedRunThrough::trainingId),
					due.items().stream().map(FeedbackDue::trainingId))
			.distinct()
			.toList());
		Map<UUID, Map<UUID, String>> titles = moduleTitles
			.ofTrainings(due.items().stream().map(FeedbackDue::trainingId).distinct().toList());
		Set<UUID> people = new HashSet<>(trainers);
		due.items().stream().map(FeedbackDue::coachId).filter(id -> id != null).forEach(people::add);
		Map<UUID, AccountSummary> names = people.isEmpty() ? Map.of() : accounts.findAll(people);
		return new MyPage(myTrainings, new FirstOf<>(planned.items()
			.stream()
			.filter(runThrough -> named.containsKey(runThrough.trainingId()))
			.map(runThrough -> new NextRunThrough(runThrough, named.get(runThrough.trainingId())))
			.toList(), planned.total()), new FirstOf<>(due.items()
				.stream()
				.filter(feedback -> named.containsKey(feedback.trainingId()))
				.map(feedback -> new FeedbackToAcknowledge(feedback, named.get(feedback.trainingId()),
						titles.getOrDefault(feedback.trainingId(), Map.of()).getOrDefault(feedback.moduleKey(), ""),
						name(names, feedback.coachId())))
				.toList(), due.total()),
				trainersToCoach(trainers, work, names));
	}

	private FirstOf<MyTraining> trainings(UUID accountId, LocalDate today) {
		List<Assignments> soonest = finder.soonestAssignedTo(accountId, today, SHOWN);
		if (soonest.isEmpty()) {
			return FirstOf.none();
		}
		long total = finder.countAssignedTo(accountId, today);
		Map<UUID, Map<UUID, Stage>> states = rehearsals.stagesOf(accountId,
				soonest.stream().map(assignments -> assignments.training().id()).toList());
		return new FirstOf<>(soonest.stream()
			.map(assignments -> new MyTraining(assignments.training(), assignments.seats()
				.stream()
				.map(seat -> new MyTraining.Seat(seat.seat().post(), seat.title(), seat.moduleId(),
						seat.seat().post() == Post.MODULE ? states.getOrDefault(assignments.training().id(), Map.of())
							.getOrDefault(seat.seat().moduleKey(), Stage.NOT_RUN_THROUGH) : null))
				.toList()))
			.toList(), total);
	}

	/** The trainers with the most waiting on the coach first, then by name. */
	private static FirstOf<TrainerToCoach> trainersToCoach(Set<UUID> trainers, Map<UUID, CoacheeWork> work,
			Map<UUID, AccountSummary> names) {
		List<TrainerToCoach> all = trainers.stream()
			.filter(names::containsKey)
			.map(trainer -> new TrainerToCoach(names.get(trainer).displayName(),
					work.getOrDefault(trainer, CoacheeWork.nothing(trainer))))
			.sorted(Comparator.comparingInt((TrainerToCoach trainer) -> -trainer.work().waiting())
				.thenComparing(TrainerToCoach::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new FirstOf<>(all.stream().limit(SHOWN).toList(), all.size());
	}

	private static String name(Map<UUID, AccountSummary> names, UUID accountId) {
		AccountSummary account = accountId == null ? null : names.get(accountId);
		return account == null ? "" : account.displayName();
	}

}
