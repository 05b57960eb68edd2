package org.liminal.participants.web;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
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
import org.liminal.participants.Attendance;
import org.liminal.participants.AttendanceEntry;
import org.liminal.participants.NextStep;
import org.liminal.participants.Registration;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.participants.TeamDetails;
import org.liminal.participants.Teams;
import org.liminal.trainings.Post;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The attendance sheet: the chapter's lead records it on one plain form from the first day, the training's team
 * reads it, nobody else changes it; bad rows and rows saved meanwhile are shown next to them, input kept.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class AttendancePagesTests {

	static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 18);

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
	Attendance attendance;

	@Autowired
	Teams teams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	Person lead;

	Person trainer;

	UUID trainingId;

	UUID outreach;

	Registration ana;

	Registration ben;

	MockHttpSession leadSession;

	@BeforeEach
	void aTrainingHeldTodayWithItsTeam() throws Exception {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("attendance-pages");
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		UUID programId = curriculum.publishedProgram(organization, "Core");
		UUID chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(lead.accountId()),
				Set.of(trainer.accountId()));
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, FIRST_DAY);
		run(() -> {
			TrainingView training = trainings.training(trainingId);
			trainings.staff(trainingId, Map.of(training.seatsOf(Post.MODULE).get(0).seat(), trainer.accountId()),
					training.version());
		});
		outreach = as(() -> teams.create(chapterId, new TeamDetails("Outreach", "", "Bo Contact", "bo@example.org")));
		ana = signUp("Ana Newcomer");
		ben = signUp("Ben Newcomer");
		as(() -> jdbc.sql("update registration set checked_in_at = now() where id = ?").param(ana.id()).update());
		clock.set(Instant.parse("2026-04-18T20:00:00Z"));
		leadSession = SignIn.as(mvc, lead.email());
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void theLeadRecordsAttendanceAndNextStepsOnOneForm() throws Exception {
		String sheet = mvc.perform(get(page()).session(leadSession).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sheet).contains("Ana Newcomer", "Ben Newcomer", "Join Outreach", "<label for=\"choice-1\">Next step</label>")
			.contains("2 expected, 0 attended")
			.doesNotContain("Mark the training as held");
		assertThat(sheet).as("the check-in pre-fills attendance")
			.containsPattern("name=\"rows\\[0\\]\\.attended\" value=\"true\" checked=\"checked\"")
			.doesNotContainPattern("name=\"rows\\[1\\]\\.attended\" value=\"true\" checked=\"checked\"");

		mvc.perform(save(leadSession, row(0, ana, true, "TEAM:" + outreach), row(1, ben, false, "")))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("flashSuccess", "attendance.saved"));

		assertThat(reread(ana).nextStepTeamId()).isEqualTo(outreach);
		assertThat(reread(ben).attended()).isFalse();
		mvc.perform(get(page()).session(leadSession).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("2 expected, 1 attended")))
			.andExpect(content().string(containsString("Mark the training as held")))
			.andExpect(content().string(containsString("/trainings/" + trainingId + "/complete")));
		mvc.perform(get("/" + organization.slug() + "/trainings/" + trainingId).session(leadSession).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("href=\"" + page() + "\">Record attendance")));
	}

	@Test
	void theTeamReadsTheSheetAndNobodyElseChangesIt() throws Exception {
		MockHttpSession trainerSession = SignIn.as(mvc, trainer.email());
		run(() -> attendance.record(trainingId, List.of(new AttendanceEntry(ana.id(), true, NextStep.NOT_NOW, null, 0))));

		mvc.perform(get(page()).session(trainerSession).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Next step: Not now")))
			.andExpect(content().string(not(containsString("Save attendance"))));
		mvc.perform(save(trainerSession, row(0, reread(ana), false, ""))).andExpect(status().isForbidden());
		MockHttpSession outsider = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.TRAINER).email());
		mvc.perform(get(page()).session(outsider)).andExpect(status().isForbidden());
		Person otherLead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		trainingFixtures.chapter(organization, "America/Chicago", Set.of(otherLead.accountId()), Set.of());
		MockHttpSession otherLeadSession = SignIn.as(mvc, otherLead.email());
		mvc.perform(get(page()).session(otherLeadSession)).andExpect(status().isNotFound());
		mvc.perform(save(otherLeadSession, row(0, reread(ana), false, ""))).andExpect(status().isNotFound());
		assertThat(reread(ana).attended()).isTrue();
	}

	@Test
	void beforeTheFirstDayThereIsNothingToRecordYet() throws Exception {
		clock.set(Instant.parse("2026-04-17T20:00:00Z"));

		mvc.perform(get(page()).session(leadSession).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attendance opens on the training&#39;s first day, 2026-04-18.")))
			.andExpect(content().string(not(containsString("Save attendance"))));
		mvc.perform(save(leadSession, row(0, ana, true, "NOT_NOW"))).andExpect(status().isOk());
		assertThat(reread(ana).attended()).isNull();
	}

	@Test
	void badRowsAreShownNextToThemAndNothingIsSaved() throws Exception {
		mvc.perform(save(leadSession, row(0, ana, true, "NOT_NOW"), row(1, ben, true, "SOMETHING_ELSE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"choice-1-error\">Choose one of the next steps offered.")));
		mvc.perform(save(leadSession, row(0, ana, true, "NOT_NOW"), row(1, ben, false, "UPGRADE_TRAINING")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"choice-1-error\">Only people who attended choose a next step")));
		mvc.perform(save(leadSession, row(0, ana, true, "TEAM:" + UUID.randomUUID()), row(1, ben, true, "TEAM:x")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"choice-1-error\">Choose one of the next steps offered.")));
		mvc.perform(save(leadSession, row(0, ana, true, "TEAM:" + UUID.randomUUID())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"choice-0-error\">Choose one of the chapter&#39;s active teams.")));
		mvc.perform(save(leadSession, new String[] { "rows[0].registrationId", UUID.randomUUID().toString(),
				"rows[0].attended", "true", "rows[0].version", "0" }))
			.andExpect(status().isNotFound());
		assertThat(reread(ana).attended()).isNull();
		assertThat(reread(ben).attended()).isNull();
	}

	@Test
	void aRowSavedMeanwhileIsShownAndTheInputKept() throws Exception {
		run(() -> attendance.record(trainingId, List.of(new AttendanceEntry(ana.id(), false, null, null, 0))));

		mvc.perform(save(leadSession, row(0, ana, true, "DAY_OF_VOLUNTEER"), row(1, ben, true, "NOT_NOW")).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved attendance for some of these people meanwhile.")))
			.andExpect(content().string(containsString("Someone else saved this person meanwhile: attended no, next step Not recorded.")))
			.andExpect(content().string(containsString("value=\"DAY_OF_VOLUNTEER\" selected=\"selected\"")))
			.andExpect(content().string(containsString("name=\"rows[0].version\" value=\"1\"")));
		assertThat(reread(ben).attended()).isNull();

		// Saving again applies this person's choice.
		mvc.perform(save(leadSession, row(0, reread(ana), true, "DAY_OF_VOLUNTEER"), row(1, ben, true, "NOT_NOW")))
			.andExpect(redirectedUrl(page()));
		assertThat(reread(ana).nextStep()).isEqualTo(NextStep.DAY_OF_VOLUNTEER);
	}

	@Test
	void theSheetLoadsInTheSameQueriesHoweverManyPeople() throws Exception {
		int two = queriesOfTheSheet();
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		for (int i = 0; i < 6; i++) {
			signUp("Person " + i);
		}
		clock.set(Instant.parse("2026-04-18T20:00:00Z"));
		run(() -> attendance.record(trainingId, attendance.expected(trainingId)
			.stream()
			.map(registration -> new AttendanceEntry(registration.id(), true, NextStep.TEAM, outreach, registration.version()))
			.toList()));
		assertThat(queriesOfTheSheet()).isEqualTo(two);
	}

	private int queriesOfTheSheet() throws Exception {
		QueryCounter.reset();
		mvc.perform(get(page()).session(leadSession)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private MockHttpServletRequestBuilder save(MockHttpSession session, String[]... rows) {
		MockHttpServletRequestBuilder request = post(page()).session(session).with(csrf()).locale(Locale.ENGLISH);
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i += 2) {
				request.param(row[i], row[i + 1]);
			}
		}
		return request;
	}

	private static String[] row(int index, Registration registration, boolean attended, String choice) {
		String prefix = "rows[" + index + "].";
		return new String[] { prefix + "registrationId", registration.id().toString(), prefix + "attended",
				String.valueOf(attended), prefix + "choice", choice, prefix + "version",
				String.valueOf(registration.version()) };
	}

	private Registration signUp(String name) {
		return as(() -> registrations.signUp(trainingId,
				new SignUpDetails(name, Fixtures.unique("person") + "@example.org", "", "", "", true)).registration());
	}

	private Registration reread(Registration registration) {
		return as(() -> registrations.registration(registration.id()));
	}

	private String page() {
		return "/" + organization.slug() + "/trainings/" + trainingId + "/attendance";
	}

	private void run(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
