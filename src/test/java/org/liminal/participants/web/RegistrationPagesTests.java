package org.liminal.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
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
import org.liminal.participants.Registration;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registrations list, its forms and export, and the check-in screen, through the pages: who may see and who
 * may change, field errors, conflicts, the CSV's content, and bounded queries.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, QueryCounter.class })
class RegistrationPagesTests {

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

	OrganizationSummary organization;

	Person organizer;

	Person lead;

	Person otherLead;

	Person teamTrainer;

	Person otherTrainer;

	UUID programId;

	UUID chapterId;

	UUID trainingId;

	UUID laterId;

	@BeforeEach
	void aTrainingWithATeam() {
		organization = fixtures.organization("registration-pages");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		otherLead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		teamTrainer = fixtures.member(organization, OrganizationRole.TRAINER);
		otherTrainer = fixtures.member(organization, OrganizationRole.TRAINER);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = trainingFixtures.chapter(organization, "America/New_York", Set.of(lead.accountId()),
				Set.of(teamTrainer.accountId(), otherTrainer.accountId()));
		trainingFixtures.chapter(organization, "America/Chicago", Set.of(otherLead.accountId()), Set.of());
		trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusDays(30));
		laterId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusDays(60));
		TenantContext.runAsOrganization(organization.id(), () -> trainings.staff(trainingId,
				Map.of(Seat.leadTrainer(), teamTrainer.accountId()), trainings.training(trainingId).version()));
		withCapacity(trainingId, 3);
	}

	@Test
	void organizersLeadsAndTheTeamSeeTheListOthersDoNot() throws Exception {
		Registration ana = signUp(trainingId, "ana@example.org", "Ana Ruiz", "Step-free access please");
		String list = base() + "/registrations";

		String byLead = page(list, lead);
		assertThat(byLead).contains("Ana Ruiz").contains("Step-free access please").contains("Add someone")
			.contains("/registrations/" + ana.id() + "/move").contains("Download CSV");
		assertThat(page(list, organizer)).contains("Ana Ruiz");
		String byTeam = page(list, teamTrainer);
		assertThat(byTeam).as("the team reads, access needs included, to prepare the room")
			.contains("Ana Ruiz")
			.contains("Step-free access please")
			.doesNotContain("Add someone")
			.doesNotContain("/cancel")
			.doesNotContain("Download CSV");
		assertThat(statusOf(get(list), otherLead)).isEqualTo(404);
		assertThat(statusOf(get(list), otherTrainer)).isEqualTo(403);

		assertThat(statusOf(post(base() + "/registrations/" + ana.id() + "/cancel").param("version", "0"), teamTrainer))
			.isEqualTo(403);
		assertThat(statusOf(get(base() + "/registrations.csv"), teamTrainer)).isEqualTo(403);
		assertThat(statusOf(get(base() + "/registrations/new"), teamTrainer)).isEqualTo(403);
		assertThat(statusOf(get(base() + "/check-in"), teamTrainer)).isEqualTo(200);
		assertThat(statusOf(get(base() + "/check-in"), otherTrainer)).isEqualTo(403);
		assertThat(statusOf(get(base() + "/check-in"), otherLead)).isEqualTo(404);
		assertThat(statusOf(post(base() + "/check-in/" + ana.id()), otherTrainer)).isEqualTo(403);
	}

	@Test
	void theListSearchesFiltersAndShowsTheWaitlist() throws Exception {
		for (int i = 1; i <= 5; i++) {
			signUp(trainingId, "person" + i + "@example.org", "Person " + i, "");
		}

		String waiting = page(base() + "/registrations?status=WAITLISTED", lead);
		assertThat(waiting).contains("Person 4").contains("number 1 on the waitlist").contains("Person 5")
			.contains("number 2 on the waitlist").doesNotContain("Person 1<");
		assertThat(waiting).contains("3 seats: 3 confirmed, 2 on the waitlist, 0 free.");
		assertThat(page(base() + "/registrations?q=PERSON2@", lead)).contains("Person 2").doesNotContain("Person 3");
		assertThat(page(base() + "/registrations?status=nonsense&page=x", lead)).contains("5 registrations");
	}

	@Test
	void addingSomeoneShowsErrorsNextToTheFieldsAndTheSameEmailShowsTheExistingOne() throws Exception {
		String refused = mvc.perform(add(lead, "", "not an email", false)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"name-error\"").contains("Tell us your name.");
		assertThat(mvc.perform(add(lead, "Ana", "not an email", true)).andReturn().getResponse().getContentAsString())
			.contains("id=\"email-error\"");
		assertThat(mvc.perform(add(lead, "Ana", "ana@example.org", false)).andReturn().getResponse()
			.getContentAsString()).contains("id=\"consent-error\"");
		assertThat(mvc.perform(add(lead, "<script>x</script>", "ana@example.org", true).param("phone", "1".repeat(41)))
			.andReturn().getResponse().getContentAsString()).contains("id=\"phone-error\"").doesNotContain("<script>x");
		assertThat(as(() -> registrations.ofTraining(trainingId))).isEmpty();

		mvc.perform(add(lead, "Ana", "ana@example.org", true))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "registrations.added"));
		mvc.perform(add(lead, "Ana again", "ANA@example.org", true))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "registrations.existing"));
		assertThat(as(() -> registrations.ofTraining(trainingId))).singleElement()
			.satisfies(registration -> assertThat(registration.name()).isEqualTo("Ana"));
	}

	@Test
	void movingAndCancellingAreVersionCheckedWithFieldErrors() throws Exception {
		Registration ana = signUp(trainingId, "ana@example.org", "Ana", "");
		signUp(laterId, "ana@example.org", "Ana", "");
		Registration bo = signUp(trainingId, "bo@example.org", "Bo", "");

		assertThat(page(base() + "/registrations/" + ana.id() + "/move", lead)).contains("name=\"to\"")
			.contains(laterId.toString()).doesNotContain("value=\"" + trainingId + "\"");
		String alreadyThere = mvc.perform(move(ana, laterId.toString(), ana.version()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(alreadyThere).contains("id=\"to-error\"").contains("ana@example.org is already registered");
		assertThat(mvc.perform(move(ana, "nowhere", ana.version())).andReturn().getResponse().getContentAsString())
			.contains("id=\"to-error\"").contains("Choose one of the scheduled trainings listed.");

		mvc.perform(move(bo, laterId.toString(), bo.version()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "registrations.moved"));
		assertThat(as(() -> registrations.registration(bo.id())).isCancelled()).isTrue();

		// A second manager's stale form: the conflict message, nothing overwritten.
		mvc.perform(post(base() + "/registrations/" + bo.id() + "/cancel").session(session(organizer)).with(csrf())
			.param("version", String.valueOf(bo.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "registration.error.conflict"));
		mvc.perform(post(base() + "/registrations/" + ana.id() + "/cancel").session(session(organizer)).with(csrf())
			.param("version", String.valueOf(ana.version())).param("q", "ana"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "registrations.cancelled"));
		assertThat(as(() -> registrations.registration(ana.id())).isCancelled()).isTrue();
	}

	@Test
	void theCsvIsSafeForSpreadsheetsAndLeavesAccessNeedsOutUnlessAsked() throws Exception {
		signUp(trainingId, "ana@example.org", "=HYPERLINK(\"http://evil\")", "Wheelchair, step-free");
		signUp(trainingId, "bo@example.org", "Bo \"the\" Builder", "");

		MockHttpServletResponse response = mvc.perform(get(base() + "/registrations.csv").session(session(lead)))
			.andExpect(status().isOk()).andReturn().getResponse();
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("registrations-" + LocalDate.now().plusDays(30) + ".csv");
		assertThat(csv).startsWith("\uFEFFName,Email,Phone,Status,Waitlist position,Registered,Checked in,Walk-in,Heard from\r\n");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\",ana@example.org")
			.contains("\"Bo \"\"the\"\" Builder\"")
			.doesNotContain("Wheelchair");
		String withNeeds = new String(mvc.perform(get(base() + "/registrations.csv").param("accessNeeds", "true")
			.session(session(lead))).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(withNeeds).contains("Access needs\r\n").contains("\"Wheelchair, step-free\"");
		String spanish = new String(mvc.perform(get(base() + "/registrations.csv").param("lang", "es")
			.session(session(lead))).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(spanish).startsWith("\uFEFFNombre,Correo,");
	}

	@Test
	void twoWelcomersCheckingInTheSamePersonNeverConflict() throws Exception {
		Registration ana = signUp(trainingId, "ana@example.org", "Ana", "");

		mvc.perform(post(base() + "/check-in/" + ana.id()).session(session(teamTrainer)).with(csrf()).param("q", "ana"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "checkIn.done"));
		mvc.perform(post(base() + "/check-in/" + ana.id()).session(session(lead)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "checkIn.already"));
		String screen = page(base() + "/check-in?q=ana", lead);
		assertThat(screen).contains("Checked in by " + teamTrainer.account().displayName())
			.contains("Undo the check-in of Ana");
		mvc.perform(post(base() + "/check-in/" + ana.id() + "/undo").session(session(lead)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "checkIn.undone"));
		assertThat(as(() -> registrations.registration(ana.id())).isCheckedIn()).isFalse();
	}

	@Test
	void walkInsNeedANameAnEmailAndAFreeSeat() throws Exception {
		String noEmail = mvc.perform(walkIn("Walker", "", true)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(noEmail).contains("id=\"email-error\"");
		mvc.perform(walkIn("Walker", "walker@example.org", true))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "checkIn.walkedIn"));
		signUp(trainingId, "b@example.org", "B", "");
		signUp(trainingId, "c@example.org", "C", "");
		String full = mvc.perform(walkIn("Late", "late@example.org", true)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(full).contains("Every seat is taken");
		assertThat(page(base() + "/check-in", teamTrainer)).contains("id=\"count-expected\">3<")
			.contains("id=\"count-checked-in\">1<").contains("id=\"count-walk-ins\">1<");
	}

	@Test
	void theSignInSheetListsTheSeatedByNameWithBlankLines() throws Exception {
		signUp(trainingId, "z@example.org", "Zoe", "");
		signUp(trainingId, "a@example.org", "Abel", "");

		String sheet = page(base() + "/check-in/sheet", teamTrainer);
		assertThat(sheet.indexOf("Abel")).isPositive().isLessThan(sheet.indexOf("Zoe"));
		assertThat(sheet.split("class=\"blank\"", -1)).hasSize(CheckInController.MIN_BLANK_LINES + 1);
	}

	@Test
	void theTrainingPageSummarizesRegistrationsForThoseWhoSeeThem() throws Exception {
		signUp(trainingId, "a@example.org", "A", "");
		String training = page(base(), lead);
		assertThat(training).contains("id=\"registrations-heading\"")
			.contains("3 seats: 1 confirmed, 0 on the waitlist, 2 free.")
			.contains(base() + "/check-in");
		assertThat(page(base(), otherTrainer)).doesNotContain("id=\"registrations-heading\"");
	}

	@Test
	void theListAndTheDoorLoadInABoundedNumberOfQueries() throws Exception {
		for (int i = 0; i < 3; i++) {
			checkIn(signUp(trainingId, "few" + i + "@example.org", "Few " + i, ""), lead);
		}
		int listOfFew = queries(base() + "/registrations?status=ALL");
		int doorOfFew = queries(base() + "/check-in");
		withCapacity(trainingId, 40);
		for (int i = 0; i < 27; i++) {
			Registration registration = signUp(trainingId, "many" + i + "@example.org", "Many " + i, "");
			if (i % 2 == 0) {
				checkIn(registration, i % 4 == 0 ? lead : teamTrainer);
			}
		}

		assertThat(queries(base() + "/registrations?status=ALL")).isEqualTo(listOfFew);
		assertThat(queries(base() + "/check-in")).isEqualTo(doorOfFew);
		// Most of it is the training with its team (which decides who may see), as on every page under a training;
		// then the count, the page and the headcount (and at the door the welcomers' names).
		assertThat(listOfFew).isLessThanOrEqualTo(32);
		assertThat(doorOfFew).isLessThanOrEqualTo(32);
	}

	private void checkIn(Registration registration, Person welcomer) throws Exception {
		mvc.perform(post(base() + "/check-in/" + registration.id()).session(session(welcomer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private int queries(String path) throws Exception {
		MockHttpSession session = session(lead);
		QueryCounter.reset();
		mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private MockHttpServletRequestBuilder add(Person by, String name, String email, boolean consent) throws Exception {
		MockHttpServletRequestBuilder request = post(base() + "/registrations").session(session(by)).with(csrf())
			.param("name", name)
			.param("email", email);
		return consent ? request.param("consent", "true") : request;
	}

	private MockHttpServletRequestBuilder move(Registration registration, String to, long version) throws Exception {
		return post(base() + "/registrations/" + registration.id() + "/move").session(session(lead)).with(csrf())
			.param("to", to)
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder walkIn(String name, String email, boolean consent) throws Exception {
		MockHttpServletRequestBuilder request = post(base() + "/check-in/walk-ins").session(session(teamTrainer))
			.with(csrf())
			.param("name", name)
			.param("email", email);
		return consent ? request.param("consent", "true") : request;
	}

	private String page(String path, Person person) throws Exception {
		return mvc.perform(get(path).session(session(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int statusOf(MockHttpServletRequestBuilder request, Person person) throws Exception {
		return mvc.perform(request.session(session(person)).with(csrf())).andReturn().getResponse().getStatus();
	}

	private final Map<String, MockHttpSession> sessions = new java.util.HashMap<>();

	private MockHttpSession session(Person person) throws Exception {
		MockHttpSession session = sessions.get(person.email());
		if (session == null) {
			session = SignIn.as(mvc, person.email());
			sessions.put(person.email(), session);
		}
		return session;
	}

	private String base() {
		return "/" + organization.slug() + "/trainings/" + trainingId;
	}

	private Registration signUp(UUID training, String email, String name, String accessNeeds) {
		return as(() -> registrations.signUp(training, new SignUpDetails(name, email, "", accessNeeds, "", true))
			.registration());
	}

	private void withCapacity(UUID id, int capacity) {
		TenantContext.runAsOrganization(organization.id(), () -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(id, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(), capacity,
					details.language(), details.open(), details.notes()), trainings.training(id).version());
		});
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
