package org.liminal.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.Checklists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Scheduling, staffing and the lifecycle through the pages, as chapter leads use them. */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, QueryCounter.class })
class TrainingPagesTests {

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
	TrainingFinder trainingFinder;

	/** The checklist pages live under the training's address too, and follow the same rule. */
	@Autowired
	Checklists checklists;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	OrganizationSummary organization;

	Person lead;

	Person otherLead;

	Person trainer;

	UUID programId;

	UUID chapterId;

	UUID otherChapterId;

	MockHttpSession leadSession;

	@BeforeEach
	void aChapterWithItsLead() throws Exception {
		organization = fixtures.organization("training-pages");
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		otherLead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = trainingFixtures.chapter(organization, "America/New_York", Set.of(lead.accountId()),
				Set.of(trainer.accountId()));
		otherChapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(otherLead.accountId()),
				Set.of());
		leadSession = SignIn.as(mvc, lead.email());
	}

	@Test
	void aLeadSchedulesATrainingInTwoSteps() throws Exception {
		mvc.perform(get(base() + "/new").session(leadSession))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Next: dates and place")));
		mvc.perform(get(base() + "/new").param("program", programId.toString()).session(leadSession))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Day 1 starts at")));

		MvcResult created = mvc.perform(schedule(LocalDate.now().plusDays(70)).param("action", "schedule"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "training.scheduled"))
			.andReturn();

		String page = mvc.perform(get(created.getResponse().getRedirectedUrl()).session(leadSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Scheduled").contains("12 Main St").doesNotContain("Compressed preparation");
	}

	@Test
	void underSixWeeksThePageSaysThePreparationIsCompressedAndWhy() throws Exception {
		MvcResult created = mvc.perform(schedule(LocalDate.now().plusDays(20)).param("action", "schedule"))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		String page = mvc.perform(get(created.getResponse().getRedirectedUrl()).session(leadSession))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Compressed preparation").contains("a full preparation takes six to eight weeks");
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		String past = mvc.perform(schedule(LocalDate.now().minusDays(3)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(past).contains("id=\"firstDay-error\"").contains("That date has passed in this chapter");

		String noPlace = mvc.perform(schedule(LocalDate.now().plusDays(70), "address", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noPlace).contains("id=\"address-error\"").contains("Give an address, an online link, or both.");

		String badTime = mvc.perform(schedule(LocalDate.now().plusDays(70), "startTimes[0]", "25:99", "capacity", "many"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(badTime).contains("id=\"startTime1-error\"").contains("id=\"capacity-error\"");
		assertThat(TenantContext.callAsOrganization(organization.id(),
				() -> trainingFinder.find(TrainingFilter.any(), 1, 20).total())).isZero();
	}

	@Test
	void aLeadOfAnotherChapterFindsNothingToChange() throws Exception {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusDays(60));
		UUID taskId = TenantContext.callAsOrganization(organization.id(),
				() -> checklists.checklist(trainingId).orElseThrow().items().get(0).id());
		MockHttpSession otherSession = SignIn.as(mvc, otherLead.email());
		MockHttpSession trainerSession = SignIn.as(mvc, trainer.email());
		List<String> leaks = new ArrayList<>();
		for (String route : changeRoutes()) {
			String[] methodAndPattern = route.split(" ", 2);
			String path = methodAndPattern[1].replace("{org}", organization.slug())
				.replace("{trainingId}", trainingId.toString())
				.replace("{taskId}", taskId.toString())
				// Routes of other modules under a training (run-throughs) must refuse before they look further.
				.replaceAll("\\{[a-zA-Z]+Id}", UUID.randomUUID().toString());
			int byOtherLead = perform(methodAndPattern[0], path, otherSession);
			int byTrainer = perform(methodAndPattern[0], path, trainerSession);
			if (byOtherLead != 404) {
				leaks.add(route + " answered the other chapter's lead " + byOtherLead);
			}
			if (byTrainer != 403 && byTrainer != 404) {
				leaks.add(route + " answered a trainer " + byTrainer);
			}
		}
		assertThat(changeRoutes()).hasSizeGreaterThan(10);
		assertThat(leaks).isEmpty();
		// Everyone in the organization reads the training page.
		mvc.perform(get(base() + "/" + trainingId).session(trainerSession)).andExpect(status().isOk());
	}

	@Test
	void staffingSavesTheTeamAndRefusesSomeoneInTwoPlacesAtOnce() throws Exception {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusDays(60));
		TrainingView training = as(trainingId);
		StaffedSeat story = training.seatsOf(Post.MODULE).get(0);
		StaffedSeat welcomer = training.seatsOf(Post.DAY_OF_ROLE).get(0);

		String form = mvc.perform(get(base() + "/" + trainingId + "/staffing").session(leadSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Story of self (trainer 1)").contains(trainer.account().displayName());

		mvc.perform(post(base() + "/" + trainingId + "/staffing").session(leadSession)
			.with(csrf())
			.param("seats[" + story.seat().code() + "]", trainer.accountId().toString())
			.param("seats[" + welcomer.seat().code() + "]", trainer.accountId().toString())
			.param("version", String.valueOf(training.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("at the same time")));
		assertThat(as(trainingId).filledSeats()).isZero();

		mvc.perform(post(base() + "/" + trainingId + "/staffing").session(leadSession)
			.with(csrf())
			.param("seats[" + story.seat().code() + "]", trainer.accountId().toString())
			.param("seats[" + welcomer.seat().code() + "]", lead.accountId().toString())
			.param("version", String.valueOf(training.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(as(trainingId).filledSeats()).isEqualTo(2);

		// A second lead's form, opened before that save, gets a conflict instead of overwriting it.
		mvc.perform(post(base() + "/" + trainingId + "/staffing").session(leadSession)
			.with(csrf())
			.param("seats[" + story.seat().code() + "]", "")
			.param("version", String.valueOf(training.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed this training")));
		assertThat(as(trainingId).filledSeats()).isEqualTo(2);
	}

	@Test
	void rescheduleAndCancelKeepTheRecordStraight() throws Exception {
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusDays(60));
		LocalDate later = LocalDate.now().plusDays(67);

		mvc.perform(post(base() + "/" + trainingId + "/reschedule").session(leadSession)
			.with(csrf())
			.param("firstDay", later.toString())
			.param("startTimes[0]", "09:30")
			.param("version", String.valueOf(as(trainingId).version())))
			.andExpect(status().is3xxRedirection());
		assertThat(as(trainingId).firstDay()).isEqualTo(later);
		assertThat(as(trainingId).days().get(0).startsAt()).hasToString("09:30");

		mvc.perform(post(base() + "/" + trainingId + "/cancel").session(leadSession)
			.with(csrf())
			.param("reason", "")
			.param("version", String.valueOf(as(trainingId).version())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"reason-error\"")));
		mvc.perform(post(base() + "/" + trainingId + "/cancel").session(leadSession)
			.with(csrf())
			.param("reason", "The venue fell through")
			.param("version", String.valueOf(as(trainingId).version())))
			.andExpect(status().is3xxRedirection());

		String page = mvc.perform(get(base() + "/" + trainingId).session(leadSession))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Cancelled").contains("The venue fell through").doesNotContain("/staffing\"");
	}

	@Test
	void theTrainingPageLoadsInABoundedNumberOfQueries() throws Exception {
		UUID small = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusDays(60));
		TenantContext.runAsOrganization(organization.id(), () -> trainings.staff(small,
				Map.of(Seat.leadTrainer(), trainer.accountId()), trainings.training(small).version()));
		UUID large = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusDays(61));
		TrainingView training = as(large);
		for (int i = 0; i < 6; i++) {
			fixtures.member(organization, OrganizationRole.TRAINER);
		}
		TenantContext.runAsOrganization(organization.id(), () -> trainings.staff(large,
				Map.of(training.seatsOf(Post.MODULE).get(0).seat(), trainer.accountId(),
						training.seatsOf(Post.DAY_OF_ROLE).get(0).seat(), lead.accountId()),
				training.version()));

		int forSmall = queriesFor(base() + "/" + small);
		int forLarge = queriesFor(base() + "/" + large);

		assertThat(forLarge).isEqualTo(forSmall);
		// 25 for the training itself, its checklist section (the tasks, comments, progress and people's names) and its
		// rehearsal section (run-throughs and verdicts, read for the matrix and again for readiness); its registrations
		// section, two (its connection and its headcount, which readiness reuses).
		assertThat(forSmall).isLessThanOrEqualTo(42);
	}

	private int queriesFor(String path) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path).session(leadSession)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	/** The new-training form as the lead sends it, with some fields overridden: name, value, name, value… */
	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder schedule(LocalDate firstDay,
			String... overrides) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("chapterId", chapterId.toString());
		fields.put("programId", programId.toString());
		fields.put("versionNumber", "1");
		fields.put("firstDay", firstDay.toString());
		fields.put("startTimes[0]", "10:00");
		fields.put("address", "12 Main St");
		fields.put("onlineLink", "");
		fields.put("capacity", "30");
		fields.put("language", "en");
		fields.put("open", "true");
		fields.put("notes", "");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post(base()).session(leadSession).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/** Every route that changes a training, or opens a form to change one. */
	private List<String> changeRoutes() {
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/{org}/trainings/{trainingId}/") || pattern.endsWith(".ics")) {
					continue;
				}
				info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + pattern));
			}
		}
		return routes;
	}

	private int perform(String method, String path, MockHttpSession session) throws Exception {
		return mvc.perform(request(HttpMethod.valueOf(method), path).session(session)
			.with(csrf())
			.param("version", "0")
			.param("reason", "x")
			.param("number", "2")
			.param("firstDay", LocalDate.now().plusDays(80).toString())
			.param("startTimes[0]", "10:00")).andReturn().getResponse().getStatus();
	}

	private TrainingView as(UUID trainingId) {
		return TenantContext.callAsOrganization(organization.id(), () -> trainings.training(trainingId));
	}

	private String base() {
		return "/" + organization.slug() + "/trainings";
	}

}
