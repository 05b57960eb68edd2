package org.liminal.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.organizations.OrganizationRole;
import org.liminal.trainings.Post;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainers a coach coaches: those of the trainer pools the coach shares, those presenting on trainings the
 * coach holds the coach's seat of (in the last year or upcoming), and whoever the coach has watched or given
 * feedback to. Coaches see these trainers' feedback history and recognize them on the pathway.
 */
@Service
public class Coachees {

	/** How far back a training counts for "the coach's trainings". */
	static final int COACHED_TRAININGS_WITHIN_DAYS = 366;

	private final Chapters chapters;

	private final TrainingFinder trainings;

	private final JdbcClient jdbc;

	private final Clock clock;

	Coachees(Chapters chapters, TrainingFinder trainings, JdbcClient jdbc, Clock clock) {
		this.chapters = chapters;
		this.trainings = trainings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The account ids of the trainers the given coach coaches (never the coach themself). */
	@Transactional(readOnly = true)
	public Set<UUID> of(UUID coachId) {
		Set<UUID> coachees = new HashSet<>();
		List<Person> people = chapters.people();
		Set<UUID> coachPools = people.stream()
			.filter(person -> person.accountId().equals(coachId))
			.findFirst()
			.map(Person::poolChapterIds)
			.orElse(Set.of());
		people.stream()
			.filter(person -> person.has(OrganizationRole.TRAINER))
			.filter(person -> person.poolChapterIds().stream().anyMatch(coachPools::contains))
			.forEach(person -> coachees.add(person.accountId()));
		LocalDate since = LocalDate.now(clock).minusDays(COACHED_TRAININGS_WITHIN_DAYS);
		List<UUID> coached = trainings.coachedBy(coachId, since);
		for (Map<Seat, UUID> team : trainings.teamsOf(coached).values()) {
			team.forEach((seat, holder) -> {
				if (seat.post() == Post.MODULE || seat.post() == Post.LEAD_TRAINER) {
					coachees.add(holder);
				}
			});
		}
		coachees.addAll(jdbc.sql("""
				select presenter_id from feedback where coach_id = :coach
				union
				select p.presenter_id from run_through_part p
				join run_through_watcher w on w.run_through_id = p.run_through_id
				where w.account_id = :coach""").param("coach", coachId).query(UUID.class).list());
		coachees.remove(coachId);
		return coachees;
	}

	/** Whether the coach coaches this trainer. */
	@Transactional(readOnly = true)
	public boolean coaches(UUID coachId, UUID trainerId) {
		return of(coachId).contains(trainerId);
	}

}
