package org.liminal.preparation.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.ResponsibleRole;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.Checklist;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.Checklists;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the checklist page tests share: a chapter in New York led by a lead, with a lead trainer on the team of
 * its trainings, a trainer of the pool who is not, the lead of another chapter and an organizer; the clock at
 * noon (UTC) on 1 March 2026.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
abstract class PreparationPagesTest {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	Checklists checklists;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	Person organizer;

	Person lead;

	Person otherLead;

	/** On the team of the trainings {@link #scheduled} staffs, as their lead trainer. */
	Person teamTrainer;

	/** In the chapter's pool, on no team. */
	Person poolTrainer;

	UUID programId;

	UUID chapterId;

	UUID otherChapterId;

	@BeforeEach
	void aChapterWithItsPeople() {
		clock.set(NOW);
		organization = fixtures.organization("checklist-pages");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		otherLead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		teamTrainer = fixtures.member(organization, OrganizationRole.TRAINER);
		poolTrainer = fixtures.member(organization, OrganizationRole.TRAINER);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = trainingFixtures.chapter(organization, "America/New_York", Set.of(lead.accountId()),
				Set.of(teamTrainer.accountId(), poolTrainer.accountId()));
		otherChapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(otherLead.accountId()),
				Set.of());
	}

	/** A training of the chapter on the given day, scheduled now, with {@link #teamTrainer} as lead trainer. */
	UUID scheduled(LocalDate firstDay) {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, firstDay);
		as(() -> {
			trainings.staff(trainingId, Map.of(Seat.leadTrainer(), teamTrainer.accountId()),
					trainings.training(trainingId).version());
			return null;
		});
		return trainingId;
	}

	Checklist checklist(UUID trainingId) {
		return as(() -> checklists.checklist(trainingId)).orElseThrow();
	}

	ChecklistItem task(UUID trainingId, UUID taskId) {
		return checklist(trainingId).items().stream().filter(item -> item.id().equals(taskId)).findFirst().orElseThrow();
	}

	/** The first task the chapter's leads own (no seat holds its role). */
	ChecklistItem leadsTask(UUID trainingId) {
		return checklist(trainingId).items()
			.stream()
			.filter(item -> item.responsible() == ResponsibleRole.CHAPTER_LEAD)
			.findFirst()
			.orElseThrow();
	}

	/** The first task of the lead trainer's role. */
	ChecklistItem leadTrainersTask(UUID trainingId) {
		return checklist(trainingId).items()
			.stream()
			.filter(item -> item.responsible() == ResponsibleRole.LEAD_TRAINER)
			.findFirst()
			.orElseThrow();
	}

	<T> T as(Supplier<T> action) {
		return TenantContext.callAsOrganization(organization.id(), action::get);
	}

	String trainingPath(UUID trainingId) {
		return "/" + organization.slug() + "/trainings/" + trainingId;
	}

	String taskPath(UUID trainingId, UUID taskId) {
		return trainingPath(trainingId) + "/checklist/" + taskId;
	}

	String path(String rest) {
		return "/" + organization.slug() + rest;
	}

	MockHttpSession session(Person person) throws Exception {
		return SignIn.as(mvc, person.email());
	}

	String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	MockHttpServletRequestBuilder postAs(String path, MockHttpSession session, String... fields) {
		MockHttpServletRequestBuilder request = post(path).session(session).with(csrf()).locale(Locale.ENGLISH);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

}
