package org.liminal.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The people pages: who may open them (organizers everything, chapter leads the people of their chapters, others
 * nothing), the directory in a bounded number of queries, erasure after a confirmation, the CSV import's steps,
 * and a participant's own data page through their private address.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, QueryCounter.class })
class PeoplePagesTests {

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
	JdbcClient jdbc;

	OrganizationSummary organization;

	Person organizer;

	Person lead;

	UUID programId;

	UUID ledTraining;

	UUID otherTraining;

	@BeforeEach
	void twoChaptersOneLed() {
		organization = fixtures.organization("people-pages");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		programId = curriculum.publishedProgram(organization, "Core");
		UUID led = trainingFixtures.chapter(organization, "America/Chicago", Set.of(lead.accountId()), Set.of());
		UUID other = trainingFixtures.chapter(organization);
		ledTraining = trainingFixtures.scheduled(organization, led, programId, LocalDate.now().plusWeeks(5));
		otherTraining = trainingFixtures.scheduled(organization, other, programId, LocalDate.now().plusWeeks(6));
	}

	@Test
	void organizersSeeEveryoneAndChapterLeadsThePeopleOfTheirChapters() throws Exception {
		signUp(ledTraining, "ana@example.org", "Ana Led");
		signUp(otherTraining, "bo@example.org", "Bo Elsewhere");
		MockHttpSession organizerSession = SignIn.as(mvc, organizer.email());
		MockHttpSession leadSession = SignIn.as(mvc, lead.email());

		mvc.perform(get(people()).session(organizerSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Led")))
			.andExpect(content().string(containsString("Bo Elsewhere")))
			.andExpect(content().string(containsString(lead.account().displayName())));
		mvc.perform(get(people()).session(leadSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Led")))
			.andExpect(content().string(not(containsString("Bo Elsewhere"))))
			.andExpect(content().string(not(containsString("Import people"))));
		mvc.perform(get(people() + "/" + personId("ana@example.org")).session(leadSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Led")));
		mvc.perform(get(people() + "/" + personId("bo@example.org")).session(leadSession))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyOrganizersImportAndEraseAndOtherMembersFindNoDirectory() throws Exception {
		signUp(ledTraining, "ana@example.org", "Ana");
		UUID ana = personId("ana@example.org");
		MockHttpSession leadSession = SignIn.as(mvc, lead.email());
		for (String page : new String[] { people() + "/import", people() + "/" + ana + "/erase" }) {
			mvc.perform(get(page).session(leadSession)).andExpect(status().isForbidden());
		}
		mvc.perform(post(people() + "/" + ana + "/erase").param("version", "0").with(csrf()).session(leadSession))
			.andExpect(status().isForbidden());
		for (OrganizationRole role : new OrganizationRole[] { OrganizationRole.TRAINER, OrganizationRole.COACH }) {
			MockHttpSession session = SignIn.as(mvc, fixtures.member(organization, role).email());
			mvc.perform(get(people()).session(session)).andExpect(status().isForbidden());
			mvc.perform(get(people() + "/" + ana).session(session)).andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from registration where email = 'ana@example.org'")).isOne();
	}

	@Test
	void theDirectoryLoadsInTheSameNumberOfQueriesHoweverManyPeople() throws Exception {
		MockHttpSession session = SignIn.as(mvc, organizer.email());
		signUp(ledTraining, "p0@example.org", "P0");
		int few = queriesFor(session, people() + "?attended=no&chapter=" + chapterOf());
		for (int i = 1; i < 30; i++) {
			signUp(i % 2 == 0 ? ledTraining : otherTraining, "p" + i + "@example.org", "P" + i);
		}
		for (int i = 0; i < 5; i++) {
			fixtures.member(organization, OrganizationRole.TRAINER);
		}

		assertThat(queriesFor(session, people() + "?attended=no&chapter=" + chapterOf())).isEqualTo(few);
		assertThat(few).isLessThanOrEqualTo(16);
		String atHeldTrainings = people() + "?chapter=" + chapterOf() + "&program=" + programId + "&from="
				+ LocalDate.now().minusYears(1) + "&to=" + LocalDate.now() + "&stage=ATTENDED";
		assertThat(queriesFor(session, atHeldTrainings)).as("the funnel's filters join in the same statements")
			.isLessThanOrEqualTo(few);
		mvc.perform(get(people() + "?page=2").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page 2 of 2")));
		int history = queriesFor(session, people() + "/" + personId("p1@example.org"));
		assertThat(history).isLessThanOrEqualTo(20);
	}

	@Test
	void badFiltersAreToldNextToTheirFieldNeverAnError() throws Exception {
		MockHttpSession session = SignIn.as(mvc, organizer.email());

		mvc.perform(get(people()).param("chapter", "not-a-chapter").param("attended", "maybe")
			.param("step", "<b>").param("page", "x").param("q", "x".repeat(300)).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the chapters offered.")))
			.andExpect(content().string(containsString("Search with 200 characters or fewer.")));
		mvc.perform(get(people()).param("program", "not-a-program").param("from", "soon").param("stage", "LEFT")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"field-error\" id=\"program-error\">This is not one of the choices offered")))
			.andExpect(content().string(containsString("<p class=\"field-error\" id=\"stage-error\">This is not one of the choices offered")))
			.andExpect(content().string(containsString("<p class=\"field-error\" id=\"from-error\">This is not a date such as 2026-12-31")));
		mvc.perform(get(people()).param("from", "2026-03-01").param("to", "2026-02-01").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is before the first day of the period, so it is ignored.")));
	}

	@Test
	void theFunnelsFiltersAreLabelledFieldsOfTheForm() throws Exception {
		mvc.perform(get(people()).param("program", programId.toString()).param("from", "2026-01-01")
			.param("stage", "JOINED_TEAM").session(SignIn.as(mvc, organizer.email())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"program\">Program of a training held</label>")))
			.andExpect(content().string(containsString("<option value=\"" + programId + "\" selected=\"selected\">Core</option>")))
			.andExpect(content().string(containsString("<label for=\"from\">Held, first day from</label>")))
			.andExpect(content().string(containsString("value=\"2026-01-01\"")))
			.andExpect(content().string(containsString("<label for=\"to\">Held, first day until</label>")))
			.andExpect(content().string(containsString("<label for=\"stage\">At a training held</label>")))
			.andExpect(content().string(containsString("<option value=\"JOINED_TEAM\" selected=\"selected\">Joined a team</option>")))
			.andExpect(content().string(containsString("Each person is listed once")))
			.andExpect(content().string(containsString("Nobody matches these filters.")));
	}

	@Test
	void anOrganizerErasesAPersonAfterAConfirmation() throws Exception {
		signUp(ledTraining, "ana@example.org", "Ana Lopez");
		UUID ana = personId("ana@example.org");
		MockHttpSession session = SignIn.as(mvc, organizer.email());

		mvc.perform(get(people() + "/" + ana + "/erase").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Their registration is made anonymous")))
			.andExpect(content().string(containsString("This cannot be undone.")));
		mvc.perform(post(people() + "/" + ana + "/erase").param("version", "7").with(csrf()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this person meanwhile.")));
		mvc.perform(post(people() + "/" + ana + "/erase").param("version", "0").with(csrf()).session(session))
			.andExpect(redirectedUrl(people()));

		assertThat(count("select count(*) from registration where name = 'Ana Lopez' or email = 'ana@example.org'"))
			.isZero();
		assertThat(count("select count(*) from registration where erased_at is not null and status = 'CONFIRMED'"))
			.isOne();
		mvc.perform(get(people() + "/" + ana).session(session)).andExpect(status().isNotFound());
	}

	@Test
	void anImportGoesFromUploadThroughMappingAndReviewToConfirmation() throws Exception {
		signUp(ledTraining, "ana@example.org", "Ana");
		MockHttpSession session = SignIn.as(mvc, organizer.email());
		String csv = "Nombre;Correo electrónico;Teléfono\nAna María;ana@example.org;555\nBo;bo@example.org;\n;nope;\n";

		String mapping = mvc.perform(multipart(people() + "/import")
			.file(new MockMultipartFile("file", "lista.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(mapping).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"EMAIL\" selected=\"selected\">Email</option>")))
			.andExpect(content().string(containsString("Ana María")));
		mvc.perform(get(mapping + "/review").param("columns", "NAME", "EMAIL", "PHONE").param("header", "yes")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Row 4: “nope” is not an email address")))
			.andExpect(content().string(containsString("Name stays Ana (the file says Ana María)")))
			.andExpect(content().string(containsString("Phone: 555 (they had none)")));
		mvc.perform(post(mapping).param("columns", "NAME", "EMAIL", "PHONE").param("header", "yes").with(csrf())
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported: a row has a problem.")));
		assertThat(count("select count(*) from person")).isOne();

		mvc.perform(post(mapping).param("columns", "NAME", "EMAIL", "PHONE").param("header", "yes")
			.param("skipProblems", "true").with(csrf()).session(session))
			.andExpect(redirectedUrl(people()));

		assertThat(count("select count(*) from person")).isEqualTo(2);
		assertThat(count("select count(*) from person where email = 'ana@example.org' and phone = '555'"
				+ " and name = 'Ana'")).isOne();
		// Confirmed again (a double click, the back button): told it is done, and nothing is imported twice.
		String again = mvc.perform(post(mapping).param("columns", "NAME", "EMAIL", "PHONE").param("header", "yes")
			.param("skipProblems", "true").with(csrf()).session(session))
			.andExpect(redirectedUrl(people()))
			.andReturn().getFlashMap().get("flashSuccess").toString();
		assertThat(again).isEqualTo("people.import.already");
		mvc.perform(get(mapping).session(session)).andExpect(redirectedUrl(people()));
		assertThat(count("select count(*) from person")).isEqualTo(2);
	}

	@Test
	void aMappingWithoutEmailAndAFileNotInUtf8AreToldOnTheForm() throws Exception {
		MockHttpSession session = SignIn.as(mvc, organizer.email());
		mvc.perform(multipart(people() + "/import")
			.file(new MockMultipartFile("file", "lista.csv", "text/csv",
					"Nombre\nJosé\n".getBytes(StandardCharsets.ISO_8859_1)))
			.with(csrf()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is not saved as UTF-8.")));
		String mapping = mvc.perform(multipart(people() + "/import")
			.file(new MockMultipartFile("file", "list.csv", "text/csv", "a,b\nx,y\n".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).session(session))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(mapping + "/review").param("columns", "NAME", "IGNORE").param("header", "yes")
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the column that holds the email")));
	}

	@Test
	void aParticipantSeesDownloadsAndDeletesTheirDataThroughTheirPrivateAddress() throws Exception {
		Registration first = signUp(ledTraining, "ana@example.org", "Ana Lopez");
		signUp(otherTraining, "ana@example.org", "Ana Lopez");
		String data = "/" + organization.slug() + "/join/registrations/" + first.privateToken() + "/data";

		mvc.perform(get(data))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ana@example.org")))
			.andExpect(content().string(containsString("Delete my data")));
		mvc.perform(get(data + "/download"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("my-data.json")))
			.andExpect(content().string(containsString("\"email\" : \"ana@example.org\"")))
			.andExpect(content().string(containsString("\"status\" : \"CONFIRMED\"")));
		mvc.perform(get(data + "/delete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your 2 registrations with")));
		mvc.perform(post(data + "/delete"))
			.andExpect(redirectedUrl("/" + organization.slug() + "/join/data-deleted"));
		mvc.perform(get("/" + organization.slug() + "/join/data-deleted"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your data was deleted")));

		mvc.perform(get(data)).andExpect(status().isNotFound());
		mvc.perform(post(data + "/delete")).andExpect(status().isNotFound());
		assertThat(count("select count(*) from registration where email = 'ana@example.org' or name = 'Ana Lopez'"))
			.isZero();
		assertThat(count("select count(*) from registration where erased_at is not null")).isEqualTo(2);
		assertThat(count("select count(*) from person where email = 'ana@example.org'")).isZero();
	}

	private int queriesFor(MockHttpSession session, String page) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(page).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private UUID chapterOf() {
		return as(() -> jdbc.sql("select chapter_id from training where id = ?").param(ledTraining).query(UUID.class)
			.single());
	}

	private Registration signUp(UUID training, String email, String name) {
		return as(() -> registrations.signUp(training, new SignUpDetails(name, email, "", "", "", true))
			.registration());
	}

	private UUID personId(String email) {
		return as(() -> jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single());
	}

	private long count(String sql) {
		return as(() -> jdbc.sql(sql).query(Long.class).single());
	}

	private String people() {
		return "/" + organization.slug() + "/people";
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
