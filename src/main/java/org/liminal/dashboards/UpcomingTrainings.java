package org.liminal.dashboards;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.preparation.Readiness;
import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingFinder.Order;
import org.liminal.trainings.TrainingPage;
import org.springframework.stereotype.Component;

/** The soonest scheduled trainings of a filter with their readiness, as every dashboard groups them. */
@Component
class UpcomingTrainings {

	private final TrainingFinder finder;

	private final TrainingReadiness readiness;

	UpcomingTrainings(TrainingFinder finder, TrainingReadiness readiness) {
		this.finder = finder;
		this.readiness = readiness;
	}

	/** At most {@code max} of them, in a fixed number of statements however many there are. */
	Upcoming of(TrainingFilter filter, int max) {
		TrainingPage page = finder.find(filter, Order.SOONEST_FIRST, 1, max);
		Map<UUID, Readiness> lights = readiness.of(page.trainings());
		List<UpcomingTraining> upcoming = page.trainings()
			.stream()
			.filter(training -> lights.containsKey(training.id()))
			.map(training -> new UpcomingTraining(training, lights.get(training.id())))
			.sorted(UpcomingTraining.SOONEST_FIRST)
			.toList();
		return Upcoming.of(upcoming, page.total());
	}

}
