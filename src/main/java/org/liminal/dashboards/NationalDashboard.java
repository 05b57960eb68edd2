package org.liminal.dashboards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.preparation.Readiness;
import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingFinder.Order;
import org.liminal.trainings.TrainingPage;
import org.liminal.trainings.TrainingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizers' view of the whole organization. Upcoming trainings come with their readiness, the trainings at
 * risk first: what needs someone's attention before anything else.
 */
@Service
public class NationalDashboard {

	/** Upcoming trainings shown at most; the trainings list, filtered the same way, has the rest. */
	public static final int MAX_UPCOMING = 100;

	private final TrainingFinder finder;

	private final TrainingReadiness readiness;

	NationalDashboard(TrainingFinder finder, TrainingReadiness readiness) {
		this.finder = finder;
		this.readiness = readiness;
	}

	/**
	 * The scheduled trainings whose first day falls in the filter's period and that have not ended, with their
	 * readiness, in a fixed number of statements however many there are.
	 */
	@Transactional(readOnly = true)
	public Upcoming upcoming(DashboardFilter filter) {
		TrainingPage page = finder.find(new TrainingFilter(filter.chapterId(), filter.programId(),
				TrainingStatus.SCHEDULED, filter.from(), filter.to()), Order.SOONEST_FIRST, 1, MAX_UPCOMING);
		Map<UUID, Readiness> lights = readiness.of(page.trainings());
		List<UpcomingTraining> upcoming = page.trainings()
			.stream()
			.filter(training -> lights.containsKey(training.id()))
			.map(training -> new UpcomingTraining(training, lights.get(training.id())))
			.sorted(Comparator.comparing((UpcomingTraining training) -> training.training().firstDay())
				.thenComparing(training -> training.training().chapterName()))
			.toList();
		return Upcoming.of(upcoming, page.total() > MAX_UPCOMING);
	}

}
