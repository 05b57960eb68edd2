package org.liminal.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.PathwayFixtures;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "Ready to recognize": a coach's trainers who met a rule, granted in one click; nobody else's list. */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class,
		QueryCounter.class })
class RecognizePagesTests {

	static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Qualifications qualifications;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	Person coach;

	Person trainer;

	UUID moduleKey;

	UUID trainingId;

	UUID runThrough;

	@BeforeEach
	void aCoachAndTheirTrainer() {
		clock.set(NOW);
		organization = fixtures.organization("recognize-pages");
		coach = fixtures.member(organization, OrganizationRole.COACH);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		UUID chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(),
				Set.of(coach.accountId(), trainer.accountId()));
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		moduleKey = pathway.firstModuleKey(organization, programId);
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
		runThrough = pathway.heldRunThrough(organization, trainingId, LocalDate.of(2026, 4, 1));
	}

	@Test
	void aCoachRecognizesTheirTrainerInOneClick() throws Exception {
		UUID kindId = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", 2));
		readyTwice(trainer);
		MockHttpSession session = SignIn.as(mvc, coach.email());

		mvc.perform(get(page()).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(trainer.account().displayName())))
			.andExpect(content().string(containsString("Module trainer: Story of self")))
			.andExpect(content().string(containsString("2 ready verdicts on Story of self")))
			.andExpect(content().string(containsString(
					"href=\"/" + organization.slug() + "/trainings/" + trainingId + "/run-throughs/" + runThrough + "\"")));

		mvc.perform(get(page()).session(session).locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(containsString("2 veredictos de listo en Story of self")))
			.andExpect(content().string(containsString(", 18 de abril de 2026</a>")));

		mvc.perform(post(page()).session(session).with(csrf())
			.param("kindId", kindId.toString())
			.param("accountId", trainer.accountId().toString())
			.param("moduleKey", moduleKey.toString()))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("flashSuccess", "pathway.recognize.granted"));

		assertThat(TenantContext.callAsOrganization(organization.id(),
				() -> qualifications.heldBy(trainer.accountId()))).singleElement()
			.satisfies(badge -> assertThat(badge.kindId()).isEqualTo(kindId));
		mvc.perform(get(page()).session(session).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Nobody is waiting to be recognized.")));
		mvc.perform(post(page()).session(session).with(csrf())
			.param("kindId", kindId.toString())
			.param("accountId", trainer.accountId().toString())
			.param("moduleKey", moduleKey.toString()))
			.andExpect(flash().attribute("flashError", "pathway.recognize.gone"));
	}

	@Test
	void organizersAreToldWhenNoQualificationHasARule() throws Exception {
		pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		mvc.perform(get(page()).session(SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER)
			.email())).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No qualification has a suggestion rule yet.")))
			.andExpect(content().string(containsString("/pathway/kinds\"")))
			.andExpect(content().string(not(containsString("Nobody is waiting"))));
	}

	@Test
	void trainersAndChapterLeadsAreRefused() throws Exception {
		mvc.perform(get(page()).session(SignIn.as(mvc, trainer.email()))).andExpect(status().isForbidden());
		mvc.perform(post(page()).session(SignIn.as(mvc, fixtures.member(organization, OrganizationRole.CHAPTER_LEAD)
			.email())).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theListLoadsInABoundedNumberOfQueries() throws Exception {
		pathway.kind(organization, PathwayFixtures.perModule("Module trainer", 2));
		MockHttpSession session = SignIn.as(mvc, coach.email());
		readyTwice(trainer);
		int few = queries(session);
		for (int i = 0; i < 6; i++) {
			Person another = fixtures.member(organization, OrganizationRole.TRAINER);
			readyTwice(another);
		}

		assertThat(queries(session)).isEqualTo(few);
	}

	private int queries(MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(page()).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private void readyTwice(Person presenter) {
		pathway.readyVerdict(organization, trainingId, null, moduleKey, presenter.accountId(), coach.accountId());
		pathway.readyVerdict(organization, trainingId, runThrough, moduleKey, presenter.accountId(), coach.accountId());
	}

	private String page() {
		return "/" + organization.slug() + "/pathway/recognize";
	}

}
