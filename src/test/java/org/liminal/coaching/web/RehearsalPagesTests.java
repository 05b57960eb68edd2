package org.liminal.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.coaching.CoachingFixtures;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.Evidence;
import org.liminal.pathway.NewGrant;
import org.liminal.pathway.PathwayFixtures;
import org.liminal.pathway.Qualifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rehearsal matrix on the training page and the rehearsal notes on the staffing page, for a training ten
 * days out where Ana ran "Story of self" through and the coach found her ready, and Ben has not rehearsed.
 */
@WebTest
@Import({ CoachingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class })
class RehearsalPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CoachingFixtures fixtures;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Fixtures members;

	@Autowired
	Qualifications qualifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Coached coached;

	UUID feedbackId = UUID.randomUUID();

	@BeforeEach
	void anaRehearsedAndWasFoundReady() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		LocalDate today = LocalDate.of(2026, 3, 1);
		coached = fixtures.coached("rehearsal-pages", today.plusDays(10));
		TenantContext.runAsOrganization(coached.organization().id(), () -> {
			UUID runThrough = runThroughs.log(coached.trainingId(),
					new RunThroughDetails(today.minusDays(2), LocalTime.of(18, 0), RunThroughFormat.ONLINE, "",
							List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, 52)),
							Set.of(coached.coach().accountId()), "", ""),
					coached.coach().accountId());
			jdbc.sql("""
					insert into feedback (id, organization_id, training_id, run_through_id, module_key, presenter_id,
					                      coach_id, status, verdict, created_at, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', 'READY', now(), now())""")
				.params(feedbackId, coached.organization().id(), coached.trainingId(), runThrough, coached.story(),
						coached.ana().accountId(), coached.coach().accountId())
				.update();
		});
	}

	@Test
	void theLeadSeesTheMatrixWithTheVerdictAndTheReadinessReason() throws Exception {
		String page = page(trainingPath(), coached.lead());
		assertThat(page).contains("Rehearsals", "Story of self", "Theory of change", "Ready", "/feedback/" + feedbackId,
				"1 presenter has not run their module through yet.", "1 of 2 presenters have run their module through");
	}

	@Test
	void anotherTrainerOfTheTeamSeesSignOffsButNotVerdicts() throws Exception {
		String page = page(trainingPath(), coached.ben());
		assertThat(page).contains("Rehearsals", "Signed off").doesNotContain("/feedback/" + feedbackId);
		assertThat(page(trainingPath(), coached.ana())).contains("/feedback/" + feedbackId);
	}

	@Test
	void aTrainerOffTheTeamDoesNotSeeTheMatrix() throws Exception {
		assertThat(page(trainingPath(), coached.carla())).doesNotContain("rehearsals-heading");
	}

	@Test
	void theStaffingPageSaysHowFarEachHolderRehearsedWhoWasFoundReadyAndWhoHoldsWhichBadge() throws Exception {
		UUID moduleTrainer = pathway.kind(coached.organization(), PathwayFixtures.perModule("Module trainer", 2));
		UUID coachKind = pathway.kind(coached.organization(), PathwayFixtures.general("Seasoned coach"));
		UUID organizer = members.member(coached.organization(), OrganizationRole.ORGANIZER).accountId();
		TenantContext.runAsOrganization(coached.organization().id(), () -> {
			qualifications.grant(coached.carla().accountId(),
					new NewGrant(moduleTrainer, coached.change(), Evidence.none()), organizer);
			qualifications.grant(coached.coach().accountId(), new NewGrant(coachKind, null, Evidence.none()), organizer);
		});

		String page = page(trainingPath() + "/staffing", coached.lead());
		assertThat(page).contains("Run through on Feb 27, 2026; signed off.", "Not run through yet.",
				"found ready on this module once", coached.carla().account().displayName() + " (",
				" — Module trainer", " — Seasoned coach");
	}

	private String trainingPath() {
		return "/" + coached.organization().slug() + "/trainings/" + coached.trainingId();
	}

	private String page(String path, Person person) throws Exception {
		return mvc.perform(get(path).session(SignIn.as(mvc, person.email())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
