package org.liminal.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Registration;
import org.liminal.participants.RegistrationStatus;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.trainings.SignUpLinks;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A participant's private page: where they stand, what they told us (to change, version-checked), cancelling
 * with a confirmation step (which promotes the first person waiting), and a key that stays private.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class PrivateRegistrationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	SignUpLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	UUID chapterId;

	UUID otherChapterId;

	UUID trainingId;

	Registration ana;

	Registration ben;

	@BeforeEach
	void anOnlineTrainingWithOneSeatTakenAndOnePersonWaiting() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("registration-pages");
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		chapterId = trainingFixtures.chapter(organization);
		otherChapterId = trainingFixtures.chapter(organization, "America/New_York", Set.of(), Set.of());
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
		TenantContext.runAsOrganization(organization.id(), () -> jdbc
			.sql("update training set capacity = 1, online_link = 'https://meet.example/core' where id = ?")
			.param(trainingId)
			.update());
		ana = signUp("ana@example.org", "Ana");
		ben = signUp("ben@example.org", "Ben");
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void showsWhereTheyStandAndKeepsTheAddressPrivate() throws Exception {
		MvcResult result = page(ana).andExpect(status().isOk())
			.andExpect(content().string(containsString("Your registration: Core training")))
			.andExpect(content().string(containsString("Ana, you have a seat.")))
			.andExpect(content().string(containsString("https://meet.example/core")))
			.andExpect(content().string(containsString("ana@example.org")))
			.andExpect(content().string(containsString(path(ana) + "/data")))
			.andExpect(content().string(containsString("<label for=\"name\">Your name</label>")))
			.andExpect(content().string(not(containsString("_csrf"))))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("X-Robots-Tag", "noindex"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void theWaitlistSeesItsPlaceButNotTheOnlineLink() throws Exception {
		page(ben).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ben, you are number 1 on the waitlist.")))
			.andExpect(content().string(not(containsString("https://meet.example/core"))));
	}

	@Test
	void updatesWhatTheyToldUsButNeverTheEmail() throws Exception {
		mvc.perform(post(path(ana)).locale(Locale.ENGLISH)
			.param("name", "Ana María")
			.param("email", "someone-else@example.org")
			.param("phone", "+34 600 000 000")
			.param("chapterId", otherChapterId.toString())
			.param("accessNeeds", "Step-free access")
			.param("heardFrom", "A friend")
			.param("version", Long.toString(ana.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path(ana) + "?done=updated"))
			.andExpect(header().string("Cache-Control", "no-store"));

		Registration changed = reload(ana);
		assertThat(changed.name()).isEqualTo("Ana María");
		assertThat(changed.email()).isEqualTo("ana@example.org");
		assertThat(changed.phone()).isEqualTo("+34 600 000 000");
		assertThat(changed.chapterId()).isEqualTo(otherChapterId);
		assertThat(changed.accessNeeds()).isEqualTo("Step-free access");
		assertThat(changed.heardFrom()).isEqualTo("A friend");
		mvc.perform(get(path(ana) + "?done=updated").locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Your changes are saved.")));
	}

	@Test
	void badInputIsAnsweredNextToItsFieldAndNothingChanges() throws Exception {
		update(ana, "", ana.version()).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Tell us your name.")));
		mvc.perform(post(path(ana)).locale(Locale.ENGLISH)
			.param("name", "Ana")
			.param("chapterId", UUID.randomUUID().toString())
			.param("version", Long.toString(ana.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the chapters in the list.")));
		update(ana, "x".repeat(121), ana.version()).andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep this to 120 characters or fewer.")));

		assertThat(reload(ana)).isEqualTo(ana);
	}

	@Test
	void aStaleFormIsAConflictThatOverwritesNothing() throws Exception {
		update(ana, "Ana from the phone", ana.version()).andExpect(status().is3xxRedirection());

		update(ana, "Ana from the laptop", ana.version()).andExpect(status().isOk())
			.andExpect(content().string(containsString("This registration changed meanwhile")))
			.andExpect(content().string(containsString("value=\"Ana from the phone\"")));
		update(ana, "Ana", -1).andExpect(status().isOk());
		mvc.perform(post(path(ana)).locale(Locale.ENGLISH).param("name", "Ana").param("version", "not-a-number"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This registration changed meanwhile")));

		assertThat(reload(ana).name()).isEqualTo("Ana from the phone");
	}

	@Test
	void cancellingAsksFirstThenGivesTheSeatToTheFirstPersonWaiting() throws Exception {
		mvc.perform(get(path(ana) + "/cancel").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cancel your registration?")))
			.andExpect(content().string(containsString("Your seat goes to the first person waiting.")))
			.andExpect(content().string(not(containsString("_csrf"))))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
		assertThat(reload(ana).status()).as("asking changes nothing").isEqualTo(RegistrationStatus.CONFIRMED);

		cancel(ana, ana.version()).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path(ana) + "?done=cancelled"));

		assertThat(reload(ana).status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(reload(ben).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		String signUpPath = "/" + organization.slug() + "/join/"
				+ TenantContext.callAsOrganization(organization.id(), () -> links.tokensOf(List.of(trainingId)))
					.get(trainingId);
		mvc.perform(get(path(ana) + "?done=cancelled").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your registration is cancelled.")))
			.andExpect(content().string(containsString("Ana, this registration is cancelled.")))
			.andExpect(content().string(containsString(signUpPath)))
			.andExpect(content().string(not(containsString("https://meet.example/core"))))
			.andExpect(content().string(not(containsString("Save changes"))));
		page(ben).andExpect(content().string(containsString("Ben, you have a seat.")))
			.andExpect(content().string(containsString("https://meet.example/core")));
	}

	@Test
	void aStaleOrRepeatedCancelChangesNothing() throws Exception {
		update(ana, "Ana", ana.version()).andExpect(status().is3xxRedirection());

		cancel(ana, ana.version()).andExpect(status().isOk())
			.andExpect(content().string(containsString("This registration changed meanwhile")));
		assertThat(reload(ana).status()).isEqualTo(RegistrationStatus.CONFIRMED);

		cancel(ana, reload(ana).version()).andExpect(status().is3xxRedirection());
		cancel(ana, reload(ana).version()).andExpect(status().isOk())
			.andExpect(content().string(containsString("This registration changed meanwhile")));
		mvc.perform(post(path(ana) + "/cancel").locale(Locale.ENGLISH)).andExpect(status().isOk());
		assertThat(reload(ben).status()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void unknownOrErasedRegistrationsAreNotFound() throws Exception {
		mvc.perform(get("/" + organization.slug() + "/join/registrations/" + "x".repeat(43)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/" + organization.slug() + "/join/registrations/" + "x".repeat(500)))
			.andExpect(status().isNotFound());
		TenantContext.runAsOrganization(organization.id(), () -> jdbc
			.sql("update registration set erased_at = now() where id = ?")
			.param(ben.id())
			.update());

		page(ben).andExpect(status().isNotFound());
		cancel(ben, ben.version()).andExpect(status().isNotFound());
	}

	private ResultActions page(Registration registration) throws Exception {
		return mvc.perform(get(path(registration)).locale(Locale.ENGLISH));
	}

	private ResultActions update(Registration registration, String name, long version) throws Exception {
		return mvc.perform(post(path(registration)).locale(Locale.ENGLISH)
			.param("name", name)
			.param("phone", registration.phone())
			.param("chapterId", registration.chapterId().toString())
			.param("accessNeeds", registration.accessNeeds())
			.param("heardFrom", registration.heardFrom())
			.param("version", Long.toString(version)));
	}

	private ResultActions cancel(Registration registration, long version) throws Exception {
		return mvc.perform(post(path(registration) + "/cancel").locale(Locale.ENGLISH)
			.param("version", Long.toString(version)));
	}

	private String path(Registration registration) {
		return "/" + organization.slug() + "/join/registrations/" + registration.privateToken();
	}

	private Registration signUp(String email, String name) {
		return TenantContext.callAsOrganization(organization.id(), () -> registrations
			.signUp(trainingId, new SignUpDetails(name, email, "", "", "", true))
			.registration());
	}

	private Registration reload(Registration registration) {
		return TenantContext.callAsOrganization(organization.id(), () -> registrations.registration(registration.id()));
	}

}
