package org.liminal.preparation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liminal.coaching.RehearsalMatrices;
import org.liminal.coaching.Rehearsals;
import org.liminal.trainings.Staffing;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.TrainingView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness of scheduled trainings that have not ended: one at a time for its page, or many at once (in a
 * bounded number of statements) for lists, dashboards and the daily run.
 */
@Service
public class TrainingReadiness {

	private final Checklists checklists;

	private final TrainingFinder trainings;

	private final RehearsalMatrices rehearsals;

	private final ObjectProvider<RegistrationCounts> registrations;

	private final Clock clock;

	TrainingReadiness(Checklists checklists, TrainingFinder trainings, RehearsalMatrices rehearsals,
			ObjectProvider<RegistrationCounts> registrations, Clock clock) {
		this.checklists = checklists;
		this.registrations = registrations;
		this.rehearsals = rehearsals;
		this.trainings = trainings;
		this.clock = clock;
	}

	/** Empty for a draft, or a training that was cancelled or has ended. */
	@Transactional(readOnly = true)
	public Optional<Readiness> of(TrainingView training) {
		if (training.status() != TrainingStatus.SCHEDULED || training.lastDay().isBefore(today(training.chapter().zone()))) {
			return Optional.empty();
		}
		Progress progress = checklists.progress(List.of(training.id())).getOrDefault(training.id(), Progress.NONE);
		Rehearsals rehearsed = rehearsals.rehearsals(training);
		RegistrationCount signedUp = registrations(List.of(training.id())).getOrDefault(training.id(),
				RegistrationCount.NOT_KEPT);
		return Optional.of(Readiness.assess(progress, training.staffing(), rehearsed, signedUp,
				training.leadTime().days()));
	}

	/** The readiness of those of the given trainings it applies to (scheduled, not ended). */
	@Transactional(readOnly = true)
	public Map<UUID, Readiness> of(Collection<TrainingSummary> summaries) {
		List<TrainingSummary> upcoming = summaries.stream()
			.filter(training -> training.status() == TrainingStatus.SCHEDULED
					&& !training.lastDay().isBefore(today(training.zone())))
			.toList();
		if (upcoming.isEmpty()) {
			return Map.of();
		}
		List<UUID> ids = upcoming.stream().map(TrainingSummary::id).toList();
		Map<UUID, Progress> progress = checklists.progress(ids);
		Map<UUID, Staffing> staffing = trainings.staffing(ids);
		Map<UUID, Rehearsals> rehearsed = rehearsals.rehearsals(ids);
		Map<UUID, RegistrationCount> signedUp = registrations(ids);
		Map<UUID, Readiness> readiness = new HashMap<>();
		for (TrainingSummary training : upcoming) {
			long daysToGo = ChronoUnit.DAYS.between(today(training.zone()), training.firstDay());
			readiness.put(training.id(), Readiness.assess(progress.getOrDefault(training.id(), Progress.NONE),
					staffing.get(training.id()), rehearsed.getOrDefault(training.id(), Rehearsals.NONE),
					signedUp.getOrDefault(training.id(), RegistrationCount.NOT_KEPT), daysToGo));
		}
		return readiness;
	}

	private Map<UUID, RegistrationCount> registrations(Collection<UUID> trainingIds) {
		RegistrationCounts counts = registrations.getIfAvailable();
		return counts == null ? Map.of() : counts.of(trainingIds);
	}

	private LocalDate today(ZoneId zone) {
		return LocalDate.now(clock.withZone(zone));
	}

}
