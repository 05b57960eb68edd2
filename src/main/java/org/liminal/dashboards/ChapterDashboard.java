package org.liminal.dashboards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.coaching.ModuleTitles;
import org.liminal.coaching.PresenterRehearsal;
import org.liminal.coaching.RehearsalMatrices;
import org.liminal.participants.Absorption;
import org.liminal.participants.HeldTraining;
import org.liminal.participants.RegistrationLists;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.Checklists;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chapter lead's view of their chapter: its upcoming trainings with their readiness, the checklist tasks that
 * slipped, who signed up, how far each trainer has rehearsed, and what the trainings held lately grew. A fixed
 * number of statements, however many trainings, tasks and people the chapter has.
 */
@Service
public class ChapterDashboard {

	/** Upcoming trainings shown at most; a chapter rarely has more than a handful scheduled. */
	public static final int MAX_UPCOMING = 40;

	/** Overdue tasks listed at most, the longest overdue first; the count says how many there are. */
	public static final int MAX_OVERDUE = 25;

	/** How far back "new sign-ups" look: a week, the rhythm of outreach. */
	public static final int SIGN_UP_DAYS = 7;

	/** How far back the trainings held and their teams' growth look. */
	public static final int HELD_MONTHS = 12;

	private final UpcomingTrainings upcoming;

	private final Checklists checklists;

	private final RegistrationLists registrations;

	private final RehearsalMatrices rehearsals;

	private final ModuleTitles moduleTitles;

	private final Absorption absorption;

	private final TrainingFinder finder;

	private final Accounts accounts;

	ChapterDashboard(UpcomingTrainings upcoming, Checklists checklists, RegistrationLists registrations,
			RehearsalMatrices rehearsals, ModuleTitles moduleTitles, Absorption absorption, TrainingFinder finder,
			Accounts accounts) {
		this.upcoming = upcoming;
		this.checklists = checklists;
		this.registrations = registrations;
		this.rehearsals = rehearsals;
		this.moduleTitles = moduleTitles;
		this.absorption = absorption;
		this.finder = finder;
		this.accounts = accounts;
	}

	/** The chapter as of its today, and {@code now} for the week of sign-ups. */
	@Transactional(readOnly = true)
	public ChapterOverview of(UUID chapterId, LocalDate today, Instant now) {
		Upcoming ahead = upcoming.of(new TrainingFilter(chapterId, null, TrainingStatus.SCHEDULED, today, null),
				MAX_UPCOMING);
		List<TrainingSummary> scheduled = ahead.all().stream().map(UpcomingTraining::training).toList();
		List<UUID> scheduledIds = scheduled.stream().map(TrainingSummary::id).toList();
		List<ChecklistItem> overdue = checklists.overdueTasksOf(chapterId, today, MAX_OVERDUE);
		List<PresenterRehearsal> presenters = rehearsals.presenters(scheduledIds);
		List<HeldTraining> held = absorption.trainingsHeld(chapterId, null, today.minusMonths(HELD_MONTHS), today);

		// One read each for the trainings and the people named beyond those already at hand.
		Map<UUID, TrainingSummary> trainings = new HashMap<>();
		scheduled.forEach(training -> trainings.put(training.id(), training));
		Set<UUID> others = new HashSet<>();
		overdue.forEach(task -> others.add(task.trainingId()));
		held.forEach(training -> others.add(training.trainingId()));
		others.removeAll(trainings.keySet());
		trainings.putAll(finder.summaries(others));
		Map<UUID, AccountSummary> people = accounts.findAll(Stream
			.concat(presenters.stream().map(PresenterRehearsal::presenterId),
					overdue.stream().map(ChecklistItem::ownerId).filter(Objects::nonNull))
			.distinct()
			.toList());

		Map<UUID, Integer> lastWeek = registrations.signedUpSince(scheduledIds,
				now.minus(SIGN_UP_DAYS, ChronoUnit.DAYS));
		return new ChapterOverview(ahead,
				overdue.stream()
					.filter(task -> trainings.containsKey(task.trainingId()))
					.map(task -> OverdueTask.of(task, trainings.get(task.trainingId()), today,
							task.ownerId() == null ? null : name(people.get(task.ownerId()))))
					.toList(),
				checklists.overdueCountOf(chapterId, today),
				ahead.all()
					.stream()
					.map(training -> new TrainingSignUps(training.training(), training.readiness().registrations(),
							lastWeek.getOrDefault(training.training().id(), 0)))
					.toList(),
				presenters(presenters, trainings, people),
				held.stream()
					.filter(training -> trainings.containsKey(training.trainingId()))
					.map(training -> new HeldWithFunnel(trainings.get(training.trainingId()), training.funnel()))
					.toList(),
				absorption.teamGrowth(chapterId, today.minusMonths(HELD_MONTHS), today));
	}

	/** Each presenter of each module, those furthest from delivering first, then by the training's first day. */
	private List<TrainerReadiness> presenters(List<PresenterRehearsal> presenters, Map<UUID, TrainingSummary> trainings,
			Map<UUID, AccountSummary> people) {
		Map<UUID, Map<UUID, String>> titles = moduleTitles
			.ofTrainings(presenters.stream().map(PresenterRehearsal::trainingId).distinct().toList());
		return presenters.stream()
			.filter(presenter -> people.containsKey(presenter.presenterId()))
			.map(presenter -> new TrainerReadiness(presenter.presenterId(), name(people.get(presenter.presenterId())),
					trainings.get(presenter.trainingId()),
					titles.getOrDefault(presenter.trainingId(), Map.of()).getOrDefault(presenter.moduleKey(), ""),
					presenter))
			.sorted(Comparator.comparing((TrainerReadiness row) -> row.rehearsal().stage())
				.thenComparing(row -> row.training().firstDay())
				.thenComparing(TrainerReadiness::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(TrainerReadiness::moduleTitle))
			.toList();
	}

	private static String name(AccountSummary account) {
		return account == null ? null : account.displayName();
	}

}
