package org.liminal.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.trainings.Post;
import org.liminal.trainings.Seat;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each training's rehearsal matrix, and its counts for many trainings at once. A module seat's presenter is
 * "run through" after presenting the module in a held run-through of the training, and signed off when the
 * latest verdict a coach submitted on the training (on a run-through or on the day) says so. Reads are a few
 * statements whatever the number of trainings or people.
 */
@Service
public class RehearsalMatrices {

	private static final String LAST_RUN_THROUGHS = """
			select r.training_id, p.module_key, p.presenter_id, max(r.run_on) as last_run_through
			from run_through_part p
			join run_through r on r.id = p.run_through_id
			where r.training_id = any(?) and r.status = 'HELD'
			group by r.training_id, p.module_key, p.presenter_id""";

	private final JdbcClient jdbc;

	private final TrainingFinder trainings;

	private final Chapters chapters;

	private final Feedbacks feedbacks;

	RehearsalMatrices(JdbcClient jdbc, TrainingFinder trainings, Chapters chapters, Feedbacks feedbacks) {
		this.jdbc = jdbc;
		this.feedbacks = feedbacks;
		this.trainings = trainings;
		this.chapters = chapters;
	}

	/** The matrix of one training, its modules in agenda order. */
	@Transactional(readOnly = true)
	public RehearsalMatrix matrix(TrainingView training) {
		List<StaffedSeat> seats = training.seatsOf(Post.MODULE);
		if (seats.isEmpty()) {
			return new RehearsalMatrix(training.id(), List.of());
		}
		Map<Presenting, LocalDate> runThroughs = lastRunThroughs(List.of(training.id()));
		Map<Presenting, LatestVerdict> verdicts = latestVerdicts(List.of(training.id()));
		Map<UUID, String> names = verdicts.isEmpty() ? Map.of()
				: chapters.people().stream().collect(Collectors.toMap(Person::accountId, Person::name));
		Map<UUID, List<StaffedSeat>> byModule = new LinkedHashMap<>();
		seats.forEach(seat -> byModule.computeIfAbsent(seat.seat().moduleKey(), key -> new ArrayList<>()).add(seat));
		List<RehearsalMatrix.Row> rows = new ArrayList<>();
		byModule.forEach((moduleKey, moduleSeats) -> rows.add(new RehearsalMatrix.Row(moduleKey,
				moduleSeats.get(0).plan().title(), moduleSeats.stream().map(seat -> {
					if (!seat.isFilled()) {
						return new RehearsalMatrix.Cell(null, null, null, null, null, null, null);
					}
					Presenting presenting = new Presenting(training.id(), moduleKey, seat.holder().accountId());
					LatestVerdict verdict = verdicts.get(presenting);
					return new RehearsalMatrix.Cell(seat.holder().accountId(), seat.holder().name(),
							runThroughs.get(presenting), verdict == null ? null : verdict.verdict(),
							verdict == null ? null : verdict.coachId(),
							verdict == null || verdict.coachId() == null ? null : names.get(verdict.coachId()),
							verdict == null ? null : verdict.feedbackId());
				}).toList())));
		return new RehearsalMatrix(training.id(), rows);
	}

	/** The rehearsal counts of one training whose team is at hand, in two statements. */
	@Transactional(readOnly = true)
	public Rehearsals rehearsals(TrainingView training) {
		Map<Seat, UUID> team = new HashMap<>();
		training.team().stream().filter(StaffedSeat::isFilled).forEach(seat -> team.put(seat.seat(), seat.holder().accountId()));
		return count(training.id(), team, lastRunThroughs(List.of(training.id())), latestVerdicts(List.of(training.id())));
	}

	/** The rehearsal counts of many trainings, in four statements; a training without module seats counts none. */
	@Transactional(readOnly = true)
	public Map<UUID, Rehearsals> rehearsals(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Map<Seat, UUID>> teams = trainings.teamsOf(trainingIds);
		Map<Presenting, LocalDate> runThroughs = lastRunThroughs(trainingIds);
		Map<Presenting, LatestVerdict> verdicts = latestVerdicts(trainingIds);
		Map<UUID, Rehearsals> rehearsals = new HashMap<>();
		for (UUID trainingId : trainingIds) {
			rehearsals.put(trainingId, count(trainingId, teams.getOrDefault(trainingId, Map.of()), runThroughs, verdicts));
		}
		return rehearsals;
	}

	/**
	 * Every module seat holder of the given trainings with how far they have rehearsed, in three statements
	 * whatever the number of trainings: who still has to run through or be signed off.
	 */
	@Transactional(readOnly = true)
	public List<PresenterRehearsal> presenters(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, Map<Seat, UUID>> teams = trainings.teamsOf(trainingIds);
		Map<Presenting, LocalDate> runThroughs = lastRunThroughs(trainingIds);
		Map<Presenting, LatestVerdict> verdicts = latestVerdicts(trainingIds);
		List<PresenterRehearsal> presenters = new ArrayList<>();
		teams.forEach((trainingId, team) -> presentingsOf(trainingId, team)
			.forEach(presenting -> presenters.add(rehearsal(presenting, runThroughs, verdicts))));
		return presenters;
	}

	/**
	 * Where one presenter stands with each module they present on the given trainings, by training and then module
	 * key, in two statements; modules they never presented nor were given a verdict on are absent (not run through).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Map<UUID, PresenterRehearsal.Stage>> stagesOf(UUID presenterId, Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return Map.of();
		}
		Map<Presenting, LocalDate> runThroughs = lastRunThroughs(trainingIds);
		Map<Presenting, LatestVerdict> verdicts = latestVerdicts(trainingIds);
		Set<Presenting> presentings = new HashSet<>(runThroughs.keySet());
		presentings.addAll(verdicts.keySet());
		Map<UUID, Map<UUID, PresenterRehearsal.Stage>> stages = new HashMap<>();
		presentings.stream()
			.filter(presenting -> presenting.presenterId().equals(presenterId))
			.forEach(presenting -> stages.computeIfAbsent(presenting.trainingId(), id -> new HashMap<>())
				.put(presenting.moduleKey(), rehearsal(presenting, runThroughs, verdicts).stage()));
		return stages;
	}

	private static Rehearsals count(UUID trainingId, Map<Seat, UUID> team, Map<Presenting, LocalDate> runThroughs,
			Map<Presenting, LatestVerdict> verdicts) {
		Set<Presenting> presentings = presentingsOf(trainingId, team);
		int runThrough = (int) presentings.stream().filter(runThroughs::containsKey).count();
		int signedOff = (int) presentings.stream()
			.map(verdicts::get)
			.filter(verdict -> verdict != null && verdict.verdict().signsOff())
			.count();
		return new Rehearsals(presentings.size(), runThrough, signedOff);
	}

	private static PresenterRehearsal rehearsal(Presenting presenting, Map<Presenting, LocalDate> runThroughs,
			Map<Presenting, LatestVerdict> verdicts) {
		LatestVerdict verdict = verdicts.get(presenting);
		return new PresenterRehearsal(presenting.trainingId(), presenting.moduleKey(), presenting.presenterId(),
				runThroughs.get(presenting), verdict == null ? null : verdict.verdict());
	}

	private static Set<Presenting> presentingsOf(UUID trainingId, Map<Seat, UUID> team) {
		return team.entrySet()
			.stream()
			.filter(entry -> entry.getKey().post() == Post.MODULE)
			.map(entry -> new Presenting(trainingId, entry.getKey().moduleKey(), entry.getValue()))
			.collect(Collectors.toSet());
	}

	private Map<Presenting, LocalDate> lastRunThroughs(Collection<UUID> trainingIds) {
		Map<Presenting, LocalDate> last = new HashMap<>();
		jdbc.sql(LAST_RUN_THROUGHS)
			.param(trainingIds.toArray(UUID[]::new))
			.query((row, number) -> last.put(
					new Presenting(row.getObject("training_id", UUID.class), row.getObject("module_key", UUID.class),
							row.getObject("presenter_id", UUID.class)),
					row.getObject("last_run_through", LocalDate.class)))
			.list();
		return last;
	}

	private Map<Presenting, LatestVerdict> latestVerdicts(Collection<UUID> trainingIds) {
		return feedbacks.latestVerdictsOnTrainings(trainingIds)
			.stream()
			.collect(Collectors.toMap(
					verdict -> new Presenting(verdict.trainingId(), verdict.moduleKey(), verdict.presenterId()),
					Function.identity()));
	}

	/** One presenter of one module on one training. */
	private record Presenting(UUID trainingId, UUID moduleKey, UUID presenterId) {
	}

}
