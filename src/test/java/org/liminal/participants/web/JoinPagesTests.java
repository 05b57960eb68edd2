package org.liminal.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.WebTest;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Letters;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.trainings.SignUpLinks;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The join page: the organization's upcoming open trainings, filtered with a plain GET form, each with its
 * seats, read in a bounded number of statements.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class JoinPagesTests {

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
	Registrations registrations;

	@Autowired
	SignUpLinks links;

	@Autowired
	Chapters chapters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	UUID programId;

	UUID boston;

	UUID madrid;

	@BeforeEach
	void anOrganizationWithTwoChapters() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("join-pages");
		programId = curriculum.publishedProgram(organization, "Core training");
		boston = trainingFixtures.chapter(organization);
		madrid = trainingFixtures.chapter(organization, "Europe/Madrid", Set.of(), Set.of());
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void listsTheUpcomingOpenTrainingsWithTheirSeatsAndSignUpLinks() throws Exception {
		UUID april = trainingFixtures.scheduled(organization, boston, programId, LocalDate.of(2026, 4, 18));
		UUID may = trainingFixtures.scheduled(organization, madrid, programId, LocalDate.of(2026, 5, 2));
		UUID draft = trainingFixtures.draft(organization, boston, programId, LocalDate.of(2026, 4, 25));
		UUID past = trainingFixtures.scheduled(organization, boston, programId, LocalDate.of(2026, 3, 10));
		UUID inviteOnly = trainingFixtures.scheduled(organization, boston, programId, LocalDate.of(2026, 4, 11));
		sql("update training set public = false where id = ?", inviteOnly);
		sql("update training set capacity = 1 where id = ?", may);
		signUp(april, "ana@example.org");
		signUp(may, "ben@example.org");
		signUp(may, "cai@example.org");
		clock.set(Instant.parse("2026-03-20T15:00:00Z"));

		String page = join("").andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Join a training: " + organization.name())
			.contains(path(april))
			.contains(path(may))
			.doesNotContain(path(draft))
			.doesNotContain(path(past))
			.doesNotContain(path(inviteOnly))
			.contains("29 seats left.")
			.contains("Full: the waitlist is open")
			.doesNotContain("_csrf");
		assertThat(page.indexOf(path(april))).as("soonest first").isLessThan(page.indexOf(path(may)));
	}

	@Test
	void filtersByChapterLanguageAndDates() throws Exception {
		UUID april = trainingFixtures.scheduled(organization, boston, programId, LocalDate.of(2026, 4, 18));
		UUID may = trainingFixtures.scheduled(organization, madrid, programId, LocalDate.of(2026, 5, 2));
		sql("update training set language = 'es' where id = ?", may);

		assertThat(body("?chapter=" + madrid)).contains(path(may)).doesNotContain(path(april));
		assertThat(body("?language=es")).contains(path(may)).doesNotContain(path(april));
		assertThat(body("?from=2026-04-20")).contains(path(may)).doesNotContain(path(april));
		assertThat(body("?to=2026-04-30")).contains(path(april)).doesNotContain(path(may));
		assertThat(body("?from=2026-04-01&to=2026-05-31&chapter=&language=")).contains(path(april)).contains(path(may));
		assertThat(body("?language=es").replaceAll("\\s+", " "))
			.contains("<option value=\"es\" selected=\"selected\">Spanish</option>");
	}

	@Test
	void badFiltersAreAnsweredNextToTheirFieldsNeverWithAnError() throws Exception {
		trainingFixtures.scheduled(organization, boston, programId, LocalDate.of(2026, 4, 18));

		join("?from=tomorrow&to=2026-13-45&chapter=nowhere&language=%3Cscript%3E").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"from-error\"")))
			.andExpect(content().string(containsString("id=\"to-error\"")))
			.andExpect(content().string(containsString("id=\"chapter-error\"")))
			.andExpect(content().string(containsString("id=\"language-error\"")))
			.andExpect(content().string(containsString("Enter a date like 2026-12-31.")))
			.andExpect(content().string(not(containsString("<script>"))));
		join("?from=2026-05-01&to=2026-04-01").andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a day on or after the first one.")));
		join("?chapter=" + UUID.randomUUID()).andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the chapters in the list.")));
	}

	@Test
	void anOrganizationWithNothingUpcomingSaysSoKindly() throws Exception {
		join("").andExpect(status().isOk())
			.andExpect(content().string(containsString("No trainings are open for sign-up right now.")));
		join("?language=es").andExpect(status().isOk())
			.andExpect(content().string(containsString("No upcoming training matches these choices.")));
		mvc.perform(get("/" + organization.slug() + "/join").locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(containsString("Ahora mismo no hay formaciones abiertas")));
	}

	@Test
	void aStrangerGetsNoSession() throws Exception {
		trainingFixtures.scheduled(organization, boston, programId, LocalDate.of(2026, 4, 18));

		MvcResult result = join("").andReturn();

		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void loadsInTheSameNumberOfStatementsForOneTrainingOrTen() throws Exception {
		UUID first = trainingFixtures.scheduled(organization, boston, programId, LocalDate.of(2026, 4, 1));
		signUp(first, "first@example.org");
		Letters.awaitHandled(jdbc, organization.id());
		int forOne = queries();

		for (int i = 1; i < 10; i++) {
			UUID training = trainingFixtures.scheduled(organization, i % 2 == 0 ? boston : madrid, programId,
					LocalDate.of(2026, 4, 1).plusDays(i));
			signUp(training, "person" + i + "@example.org");
		}
		Letters.awaitHandled(jdbc, organization.id());
		int forTen = queries();

		assertThat(forTen).isEqualTo(forOne);
		// Resolving the organization, its name, the chapters (for the filter and for naming), the programs, the
		// trainings, their days and their seats: the same few statements however many trainings there are.
		assertThat(forOne).isLessThanOrEqualTo(20);
	}

	private int queries() throws Exception {
		QueryCounter.reset();
		join("").andExpect(status().isOk());
		return QueryCounter.count();
	}

	private org.springframework.test.web.servlet.ResultActions join(String query) throws Exception {
		return mvc.perform(get("/" + organization.slug() + "/join" + query).locale(Locale.ENGLISH))
			.andExpect(status().isOk());
	}

	private String body(String query) throws Exception {
		return join(query).andReturn().getResponse().getContentAsString();
	}

	private String path(UUID trainingId) {
		return "/" + organization.slug() + "/join/"
				+ TenantContext.callAsOrganization(organization.id(), () -> links.tokensOf(List.of(trainingId)))
					.get(trainingId);
	}

	private void signUp(UUID trainingId, String email) {
		TenantContext.runAsOrganization(organization.id(), () -> registrations.signUp(trainingId,
				new SignUpDetails("Someone", email, "", "", "", true)));
	}

	private void sql(String statement, UUID trainingId) {
		TenantContext.runAsOrganization(organization.id(), () -> jdbc.sql(statement).param(trainingId).update());
	}

}
