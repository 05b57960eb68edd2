package org.liminal.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Registration;
import org.liminal.participants.RegistrationStatus;
import org.liminal.participants.Registrations;
import org.liminal.trainings.SignUpLinks;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public sign-up page: strangers sign up without an account or a session, bad input is answered next to its
 * field, the same email is one registration, a full training offers its waitlist, bots and floods get nothing.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class SignUpPagesTests {

	/** Each test signs up from its own address, so that the per-address limit of one does not touch another. */
	private static final AtomicInteger addresses = new AtomicInteger(1);

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
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	OrganizationSummary organization;

	UUID trainingId;

	String address;

	String clientAddress;

	@BeforeEach
	void aTrainingWithTwoSeats() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		organization = fixtures.organization("sign-up-pages");
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		UUID chapterId = trainingFixtures.chapter(organization);
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.of(2026, 4, 18));
		TenantContext.runAsOrganization(organization.id(), () -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(trainingId, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(), 2,
					details.language(), details.open(), details.notes()), trainings.training(trainingId).version());
		});
		String token = TenantContext.callAsOrganization(organization.id(),
				() -> links.tokensOf(List.of(trainingId)).get(trainingId));
		address = "/" + organization.slug() + "/join/" + token;
		clientAddress = "192.0.2." + addresses.getAndIncrement();
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@Test
	void aStrangerSeesTheTrainingAndALabelledFormWithoutASession() throws Exception {
		var result = mvc.perform(get(address).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign up: Core training")))
			.andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
			.andExpect(content().string(containsString("2 seats left")))
			.andExpect(content().string(not(containsString("_csrf"))))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).as("no session for a stranger").isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void signingUpGivesASeatThenTheWaitlistWithItsPosition() throws Exception {
		signUp("ana@example.org").andExpect(status().isOk())
			.andExpect(content().string(containsString("You have a seat")))
			.andExpect(content().string(containsString("/join/registrations/")));
		signUp("ben@example.org").andExpect(status().isOk());
		signUp("cai@example.org").andExpect(status().isOk())
			.andExpect(content().string(containsString("You are number 1 on the waitlist")));

		assertThat(all()).extracting(Registration::status)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
	}

	@Test
	void thePageAndASignUpCostAFewStatementsWhateverTheNumberOfRegistrations() throws Exception {
		for (int i = 0; i < 5; i++) {
			signUp("early" + i + "@example.org");
		}
		QueryCounter.reset();
		mvc.perform(get(address)).andExpect(status().isOk());
		int page = QueryCounter.count();
		QueryCounter.reset();
		signUp("counted@example.org").andExpect(status().isOk());
		int signUp = QueryCounter.count();

		assertThat(page).isLessThanOrEqualTo(16);
		assertThat(signUp).isLessThanOrEqualTo(21);
	}

	@Test
	void aSignUpKeepsTheLanguageOfItsPageForTheLetters() throws Exception {
		mvc.perform(form().locale(Locale.forLanguageTag("es")).param("name", "Ana").param("email", "es@example.org")
			.param("consent", "true")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tienes tu plaza")));

		assertThat(TenantContext.callAsOrganization(organization.id(), () -> jdbc
			.sql("select language from registration where training_id = ?")
			.param(trainingId)
			.query(String.class)
			.single())).isEqualTo("es");
	}

	@Test
	void theSameEmailAgainShowsTheRegistrationButNotItsPrivateLink() throws Exception {
		signUp("ana@example.org");
		String token = all().get(0).privateToken();

		signUp(" ANA@example.org").andExpect(status().isOk())
			.andExpect(content().string(containsString("already signed up")))
			.andExpect(content().string(not(containsString(token))));
		assertThat(all()).hasSize(1);
	}

	@Test
	void badInputIsAnsweredNextToItsFieldAndNothingIsWritten() throws Exception {
		mvc.perform(form().param("name", "").param("email", "not-an-email").param("consent", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Tell us your name.")));
		mvc.perform(form().param("name", "x".repeat(121)).param("email", "a@example.org").param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep this to 120 characters or fewer.")));
		mvc.perform(form().param("name", "Ana").param("email", "a@example.org").param("consent", "true")
			.param("chapterId", "not-a-chapter"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"chapterId-error\"")));
		mvc.perform(form().param("name", "Ana").param("email", "a@example.org").param("consent", "true")
			.param("chapterId", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the chapters in the list.")));
		mvc.perform(form().param("name", "Ana").param("email", "a@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We need your consent")));

		assertThat(all()).isEmpty();
	}

	@Test
	void namesInAnyScriptAreKeptAsTypedAndMarkupIsShownAsText() throws Exception {
		signUp("rtl@example.org", "مريم 🌱").andExpect(status().isOk());
		mvc.perform(form().param("name", "<script>alert(1)</script>")
			.param("email", "x@example.org")
			.param("consent", "true")
			.param("name", "<b>Bo</b>"))
			.andExpect(status().isOk());
		signUp("html@example.org", "<script>alert(1)</script>").andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))));

		assertThat(all()).extracting(Registration::name).contains("مريم 🌱", "<script>alert(1)</script>");
	}

	@Test
	void aFilledHoneypotWritesNothingAndSaysNothingDifferent() throws Exception {
		mvc.perform(form().param("name", "Bot").param("email", "bot@example.org").param("consent", "true")
			.param("website", "http://spam.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have a seat")));

		assertThat(all()).isEmpty();
	}

	@Test
	void aFloodFromOneAddressIsToldToWaitWithAFriendlyPage() throws Exception {
		for (int i = 0; i < 30; i++) {
			signUp("person" + i + "@example.org").andExpect(status().isOk());
		}
		signUp("one-more@example.org").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().string(containsString("Please wait a minute")));
		clientAddress = "198.51.100." + addresses.getAndIncrement();
		signUp("elsewhere@example.org").andExpect(status().isOk());
	}

	@Test
	void aClosedTrainingSaysSoAndUnknownTokensAreNotFound() throws Exception {
		TenantContext.runAsOrganization(organization.id(),
				() -> trainings.cancel(trainingId, "Venue lost", trainings.training(trainingId).version()));

		mvc.perform(get(address).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign-up for this training is closed.")))
			.andExpect(content().string(not(containsString("Sign me up"))));
		signUp("late@example.org").andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign-up for this training is closed.")));
		mvc.perform(get("/" + organization.slug() + "/join/" + "f".repeat(64))).andExpect(status().isNotFound());
	}

	@Test
	void aSignedInMemberOfAnotherOrganizationMaySignUpToo() throws Exception {
		OrganizationSummary other = fixtures.organization("sign-up-pages-other");
		var session = SignIn.as(mvc, fixtures.member(other, OrganizationRole.ORGANIZER).email());

		mvc.perform(get(address).session(session).locale(Locale.ENGLISH)).andExpect(status().isOk());
		mvc.perform(form().session(session).param("name", "Ana").param("email", "ana@other.example")
			.param("consent", "true")).andExpect(status().isOk());
		assertThat(all()).hasSize(1);
	}

	private org.springframework.test.web.servlet.ResultActions signUp(String email) throws Exception {
		return signUp(email, "Someone");
	}

	private org.springframework.test.web.servlet.ResultActions signUp(String email, String name) throws Exception {
		return mvc.perform(form().param("name", name).param("email", email).param("consent", "true"));
	}

	private MockHttpServletRequestBuilder form() {
		return post(address).locale(Locale.ENGLISH).with(request -> {
			request.setRemoteAddr(clientAddress);
			return request;
		});
	}

	private List<Registration> all() {
		return TenantContext.callAsOrganization(organization.id(), () -> registrations.ofTraining(trainingId));
	}

}
