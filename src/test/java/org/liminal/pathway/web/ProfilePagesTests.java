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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.BadgeColour;
import org.liminal.pathway.Evidence;
import org.liminal.pathway.KindDetails;
import org.liminal.pathway.KindScope;
import org.liminal.pathway.NewGrant;
import org.liminal.pathway.PathwayFixtures;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member's profile: everyone in the organization reads the badges and how each was earned; organizers and the
 * member's coaches grant, renew and revoke there.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class,
		QueryCounter.class })
class ProfilePagesTests {

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
	Programs programs;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	Person organizer;

	Person coach;

	Person trainer;

	UUID moduleKey;

	UUID trainingId;

	UUID moduleTrainer;

	UUID leadTrainer;

	@BeforeEach
	void aTrainerTheirCoachAndTwoQualifications() {
		clock.set(NOW);
		organization = fixtures.organization("profile-pages");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		coach = fixtures.member(organization, OrganizationRole.COACH);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		UUID chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(),
				Set.of(coach.accountId(), trainer.accountId()));
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		moduleKey = pathway.firstModuleKey(organization, programId);
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
		moduleTrainer = pathway.kind(organization, new KindDetails("Module trainer", "", BadgeColour.BLUE,
				KindScope.MODULE, null, 12, 2));
		leadTrainer = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
	}

	@Test
	void everyMemberReadsTheBadgesAndHowEachWasEarnedButOnlyCoachesAndOrganizersGetTheForms() throws Exception {
		UUID runThrough = pathway.heldRunThrough(organization, trainingId, LocalDate.of(2026, 4, 1));
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(moduleTrainer, moduleKey,
				new Evidence("Timed to the minute", trainingId, runThrough)), coach.accountId()));
		MockHttpSession anotherTrainer = SignIn.as(mvc,
				fixtures.member(organization, OrganizationRole.TRAINER).email());

		mvc.perform(get(profile()).session(anotherTrainer).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + trainer.account().displayName() + "</h1>")))
			.andExpect(content().string(containsString("Module trainer: Story of self")))
			.andExpect(content().string(containsString("class=\"pin pin-blue\"")))
			.andExpect(content().string(containsString(
					"Granted on 1 March 2026 by " + coach.account().displayName() + ".")))
			.andExpect(content().string(containsString("Valid until 1 March 2027.")))
			.andExpect(content().string(containsString("Timed to the minute")))
			.andExpect(content().string(containsString(
					"href=\"/" + organization.slug() + "/trainings/" + trainingId + "/run-throughs/" + runThrough + "\"")))
			.andExpect(content().string(not(containsString("/revoke"))))
			.andExpect(content().string(not(containsString("Recognize " + trainer.account().displayName()))));

		mvc.perform(get(profile()).session(SignIn.as(mvc, coach.email())).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("aria-label=\"Revoke Module trainer: Story of self\"")))
			.andExpect(content().string(containsString("Recognize " + trainer.account().displayName())))
			.andExpect(content().string(containsString("<option value=\"" + trainingId + "\">Core training in ")));
	}

	@Test
	void aCoachGrantsTheirTrainerWithFieldErrorsNextToTheFields() throws Exception {
		MockHttpSession coachSession = SignIn.as(mvc, coach.email());

		mvc.perform(post(profile() + "/qualifications").session(coachSession).with(csrf()).locale(Locale.ENGLISH)
			.param("kindId", moduleTrainer.toString())
			.param("moduleKey", "")
			.param("evidence", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evidence-error\">Keep the evidence to 1,000 characters")));
		mvc.perform(post(profile() + "/qualifications").session(coachSession).with(csrf()).locale(Locale.ENGLISH)
			.param("kindId", moduleTrainer.toString())
			.param("moduleKey", "")
			.param("evidence", "Two strong run-throughs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"moduleKey-error\">Choose the module.")))
			.andExpect(content().string(containsString("Two strong run-throughs")));
		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).isEmpty();

		mvc.perform(post(profile() + "/qualifications").session(coachSession).with(csrf())
			.param("kindId", moduleTrainer.toString())
			.param("moduleKey", moduleKey.toString())
			.param("evidence", "Two strong run-throughs")
			.param("trainingId", trainingId.toString()))
			.andExpect(redirectedUrl(profile()))
			.andExpect(flash().attribute("flashSuccess", "profile.grantedNow"));

		mvc.perform(post(profile() + "/qualifications").session(coachSession).with(csrf()).locale(Locale.ENGLISH)
			.param("kindId", moduleTrainer.toString())
			.param("moduleKey", moduleKey.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kindId-error\">They hold it already")));
		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).singleElement()
			.satisfies(badge -> assertThat(badge.moduleKey()).isEqualTo(moduleKey));
	}

	@Test
	void aCoachCannotRecognizeSomeoneTheyDoNotCoachNorATrainerAnyone() throws Exception {
		Person stranger = fixtures.member(organization, OrganizationRole.TRAINER);
		mvc.perform(post("/" + organization.slug() + "/profiles/" + stranger.accountId() + "/qualifications")
			.session(SignIn.as(mvc, coach.email())).with(csrf())
			.param("kindId", leadTrainer.toString()))
			.andExpect(status().isForbidden());
		mvc.perform(post(profile() + "/qualifications").session(SignIn.as(mvc, stranger.email())).with(csrf())
			.param("kindId", leadTrainer.toString()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/" + organization.slug() + "/profiles/" + stranger.accountId())
			.session(SignIn.as(mvc, coach.email())).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/qualifications\""))));
		assertThat(as(() -> qualifications.heldBy(stranger.accountId()))).isEmpty();
		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).isEmpty();
	}

	@Test
	void revokingNeedsAReasonShownNextToItsFieldAndAStaleFormChangesNothing() throws Exception {
		UUID granted = as(() -> qualifications.grant(trainer.accountId(),
				new NewGrant(leadTrainer, null, Evidence.none()), organizer.accountId()));
		MockHttpSession organizerSession = SignIn.as(mvc, organizer.email());
		String revoke = profile() + "/qualifications/" + granted + "/revoke";

		mvc.perform(post(revoke).session(organizerSession).with(csrf()).locale(Locale.ENGLISH)
			.param("reason", " ")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-" + granted + "-error\">Say why it is revoked")))
			.andExpect(content().string(containsString("<details class=\"task-more\" open=\"open\">")));
		mvc.perform(post(revoke).session(organizerSession).with(csrf()).param("reason", "Wrong person")
			.param("version", "3"))
			.andExpect(redirectedUrl(profile()))
			.andExpect(flash().attribute("flashError", "pathway.error.qualificationConflict"));
		assertThat(as(() -> qualifications.heldBy(trainer.accountId()))).hasSize(1);

		mvc.perform(post(revoke).session(organizerSession).with(csrf()).param("reason", "Granted to the wrong person")
			.param("version", "0"))
			.andExpect(redirectedUrl(profile()))
			.andExpect(flash().attribute("flashSuccess", "profile.revoked"));
		mvc.perform(get(profile()).session(organizerSession).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("No badges yet.")))
			.andExpect(content().string(containsString("Revoked on 1 March 2026 by " + organizer.account().displayName()
					+ ": Granted to the wrong person")));
	}

	@Test
	void anExpiredQualificationIsRenewedFromTheProfile() throws Exception {
		UUID granted = as(() -> qualifications.grant(trainer.accountId(),
				new NewGrant(moduleTrainer, moduleKey, Evidence.none()), coach.accountId()));
		clock.advance(Duration.ofDays(400));
		MockHttpSession coachSession = SignIn.as(mvc, coach.email());
		mvc.perform(get(profile()).session(coachSession).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("pin-expired")))
			.andExpect(content().string(containsString("Expired on 1 March 2027.")))
			.andExpect(content().string(containsString("/renew")));

		mvc.perform(post(profile() + "/qualifications/" + granted + "/renew").session(coachSession).with(csrf())
			.param("evidence", "Delivered it again in April")
			.param("version", "0"))
			.andExpect(redirectedUrl(profile()))
			.andExpect(flash().attribute("flashSuccess", "profile.renewedNow"));

		mvc.perform(get(profile()).session(coachSession).locale(Locale.ENGLISH))
			.andExpect(content().string(not(containsString("pin-expired"))))
			.andExpect(content().string(containsString("Renewed on 5 April 2027 by " + coach.account().displayName())))
			.andExpect(content().string(containsString("Renewed since.")));
	}

	@Test
	void unknownPeopleAndOtherOrganizationsPeopleAndGrantsAreNotFound() throws Exception {
		MockHttpSession organizerSession = SignIn.as(mvc, organizer.email());
		OrganizationSummary other = fixtures.organization("profile-pages-other");
		Person theirs = fixtures.member(other, OrganizationRole.TRAINER);
		Person colleague = fixtures.member(organization, OrganizationRole.TRAINER);
		UUID colleaguesGrant = as(() -> qualifications.grant(colleague.accountId(),
				new NewGrant(leadTrainer, null, Evidence.none()), organizer.accountId()));

		mvc.perform(get("/" + organization.slug() + "/profiles/" + UUID.randomUUID()).session(organizerSession))
			.andExpect(status().isNotFound());
		mvc.perform(get("/" + organization.slug() + "/profiles/" + theirs.accountId()).session(organizerSession))
			.andExpect(status().isNotFound());
		mvc.perform(post(profile() + "/qualifications/" + colleaguesGrant + "/revoke").session(organizerSession)
			.with(csrf())
			.param("reason", "Not theirs")
			.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(as(() -> qualifications.heldBy(colleague.accountId()))).hasSize(1);
	}

	@Test
	void theMembersPageLinksToProfiles() throws Exception {
		mvc.perform(get("/" + organization.slug() + "/members").session(SignIn.as(mvc, organizer.email())))
			.andExpect(content().string(containsString("href=\"" + profile() + "\"")));
	}

	@Test
	void aProfileLoadsInABoundedNumberOfQueries() throws Exception {
		MockHttpSession coachSession = SignIn.as(mvc, coach.email());
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(leadTrainer, null,
				new Evidence("Led it", trainingId, null)), coach.accountId()));
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(moduleTrainer, moduleKey, Evidence.none()),
				coach.accountId()));
		int few = queriesForProfile(coachSession);

		UUID programId = curriculum.publishedProgram(organization, "Strategy upgrade");
		for (int i = 0; i < 6; i++) {
			UUID kind = pathway.kind(organization, PathwayFixtures.general("Pin " + i));
			UUID training = trainingFixtures.scheduled(organization, trainingFixtures.chapter(organization), programId,
					LocalDate.of(2026, 5, 1).plusDays(i));
			UUID given = as(() -> qualifications.grant(trainer.accountId(),
					new NewGrant(kind, null, new Evidence("", training, null)), organizer.accountId()));
			if (i % 2 == 0) {
				TenantContext.runAsOrganization(organization.id(),
						() -> qualifications.revoke(given, "Mistake", coach.accountId(), 0));
			}
		}
		UUID secondModule = TenantContext.callAsOrganization(organization.id(),
				() -> programs.latestPublished(programId).orElseThrow().modules().get(1).key());
		as(() -> qualifications.grant(trainer.accountId(), new NewGrant(moduleTrainer, secondModule, Evidence.none()),
				organizer.accountId()));

		assertThat(queriesForProfile(coachSession)).isEqualTo(few);
		// Tenant resolution and the layout, the person, the coach's trainers, badges, history, and the grant form.
		assertThat(few).isLessThanOrEqualTo(45);
	}

	private int queriesForProfile(MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(profile()).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private String profile() {
		return "/" + organization.slug() + "/profiles/" + trainer.accountId();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
