package org.liminal.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * A coached training for tests: an organization with a chapter lead, a coach and three trainers in the chapter's
 * pool, and a scheduled training of a two-module program (Story of self, 45 min; Theory of change, 60 min)
 * whose lead trainer is Ana, Ana and Ben presenting a module each and the coach in the coach's seat. Carla is a
 * trainer of the pool who is not on the team.
 */
@Component
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class })
public class CoachingFixtures {

	private final Fixtures fixtures;

	private final CurriculumFixtures curriculum;

	private final TrainingFixtures trainingFixtures;

	private final Trainings trainings;

	private final Programs programs;

	CoachingFixtures(Fixtures fixtures, CurriculumFixtures curriculum, TrainingFixtures trainingFixtures,
			Trainings trainings, Programs programs) {
		this.fixtures = fixtures;
		this.curriculum = curriculum;
		this.trainingFixtures = trainingFixtures;
		this.trainings = trainings;
		this.programs = programs;
	}

	/** The people and training of one coached organization. */
	public record Coached(OrganizationSummary organization, Person lead, Person coach, Person ana, Person ben,
			Person carla, UUID chapterId, UUID programId, UUID trainingId, UUID story, UUID change) {

		public List<UUID> moduleKeys() {
			return List.of(story, change);
		}

	}

	/** A coached training whose first day is {@code firstDay} (in America/New_York). */
	public Coached coached(String prefix, LocalDate firstDay) {
		OrganizationSummary organization = fixtures.organization(prefix);
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		Person coach = fixtures.member(organization, OrganizationRole.COACH);
		Person ana = fixtures.member(organization, OrganizationRole.TRAINER);
		Person ben = fixtures.member(organization, OrganizationRole.TRAINER);
		Person carla = fixtures.member(organization, OrganizationRole.TRAINER);
		UUID programId = curriculum.publishedProgram(organization, "Core");
		UUID chapterId = trainingFixtures.chapter(organization, "America/New_York", Set.of(lead.accountId()),
				Set.of(coach.accountId(), ana.accountId(), ben.accountId(), carla.accountId()));
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, firstDay);
		List<ModuleView> modules = TenantContext.callAsOrganization(organization.id(),
				() -> programs.latestPublished(programId).orElseThrow().modules());
		UUID story = modules.get(0).key();
		UUID change = modules.get(1).key();
		TenantContext.runAsOrganization(organization.id(),
				() -> trainings.staff(trainingId, Map.of(Seat.leadTrainer(), ana.accountId(), Seat.coach(),
						coach.accountId(), Seat.module(story, 1), ana.accountId(), Seat.module(change, 1),
						ben.accountId()), trainings.training(trainingId).version()));
		return new Coached(organization, lead, coach, ana, ben, carla, chapterId, programId, trainingId, story,
				change);
	}

}
