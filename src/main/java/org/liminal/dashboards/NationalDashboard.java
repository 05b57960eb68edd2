package org.liminal.dashboards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.coaching.CoachingLoad;
import org.liminal.coaching.CoachingLoads;
import org.liminal.participants.Absorption;
import org.liminal.participants.HeldTrainings;
import org.liminal.pathway.PathwayCounts;
import org.liminal.trainings.ChapterActivity;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizers' view of the whole organization. Upcoming trainings come with their readiness, the trainings at
 * risk first: what needs someone's attention before anything else.
 */
@Service
public class NationalDashboard {

	/**
	 * Upcoming trainings shown at most, the soonest; the trainings list, filtered the same way, has the rest. A
	 * dashboard is for what needs attention now, and each training here is a card with its reasons and four bars.
	 */
	public static final int MAX_UPCOMING = 40;

	/**
	 * Weeks without a training after which an active chapter with none scheduled has gone quiet: longer than the
	 * six to eight weeks a training takes to prepare, so a chapter preparing its next one is not listed.
	 */
	public static final int QUIET_WEEKS = 10;

	private final TrainingFinder finder;

	private final UpcomingTrainings upcoming;

	private final Chapters chapters;

	private final Absorption absorption;

	private final PathwayCounts pathway;

	private final CoachingLoads coaching;

	private final Accounts accounts;

	NationalDashboard(TrainingFinder finder, UpcomingTrainings upcoming, Chapters chapters, Absorption absorption,
			PathwayCounts pathway, CoachingLoads coaching, Accounts accounts) {
		this.finder = finder;
		this.upcoming = upcoming;
		this.chapters = chapters;
		this.absorption = absorption;
		this.pathway = pathway;
		this.coaching = coaching;
		this.accounts = accounts;
	}

	/**
	 * The pathway's steps as of today and the coaches' work in the period (feedback given, to how many trainers,
	 * drafts open), the busiest first: three statements.
	 */
	@Transactional(readOnly = true)
	public Pipeline pipeline(LocalDate from, LocalDate to, LocalDate today) {
		List<CoachingLoad> loads = coaching.between(from, to);
		Map<UUID, AccountSummary> coaches = accounts.findAll(loads.stream().map(CoachingLoad::coachId).toList());
		return new Pipeline(pathway.holders(today), loads.stream()
			.filter(load -> coaches.containsKey(load.coachId()))
			.map(load -> new Pipeline.CoachWork(load.coachId(), coaches.get(load.coachId()).displayName(),
					load.feedbackGiven(), load.trainers(), load.drafts()))
			.toList());
	}

	/** The held trainings of the filter's period: one aggregate statement however many there were. */
	@Transactional(readOnly = true)
	public HeldTrainings held(DashboardFilter filter) {
		return absorption.held(filter.chapterId(), filter.programId(), filter.from(), filter.to());
	}

	/**
	 * The scheduled trainings whose first day falls in the filter's period and that have not ended, with their
	 * readiness, in a fixed number of statements however many there are.
	 */
	@Transactional(readOnly = true)
	public Upcoming upcoming(DashboardFilter filter) {
		return upcoming.of(new TrainingFilter(filter.chapterId(), filter.programId(), TrainingStatus.SCHEDULED,
				filter.from(), filter.to()), MAX_UPCOMING);
	}

	/**
	 * The active chapters (the one asked for, or all) that held no training in the last {@link #QUIET_WEEKS} weeks
	 * and have none scheduled, the longest quiet first, those that never held one last: two statements.
	 */
	@Transactional(readOnly = true)
	public List<QuietChapter> quiet(UUID chapterId, LocalDate today) {
		Map<UUID, ChapterActivity> activity = finder.activityByChapter(today);
		LocalDate quietSince = today.minusWeeks(QUIET_WEEKS);
		List<QuietChapter> quiet = new ArrayList<>();
		for (ChapterName chapter : chapters.names()) {
			ChapterActivity seen = activity.get(chapter.id());
			LocalDate lastHeld = seen == null ? null : seen.lastHeld();
			boolean planned = seen != null && seen.nextPlanned() != null;
			if (!chapter.active() || planned || chapterId != null && !chapterId.equals(chapter.id())
					|| lastHeld != null && !lastHeld.isBefore(quietSince)) {
				continue;
			}
			quiet.add(new QuietChapter(chapter.id(), chapter.name(), lastHeld,
					lastHeld == null ? -1 : ChronoUnit.WEEKS.between(lastHeld, today)));
		}
		return quiet.stream()
			.sorted(Comparator.comparing(QuietChapter::neverHeld)
				.thenComparing(QuietChapter::lastHeld, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(QuietChapter::name))
			.toList();
	}

}
