package org.liminal.curriculum.web;

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

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.ChecklistItemView;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.DayOfRoles;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.ResponsibleRole;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organizers shape the prep checklist every training of a program will count down. */
@WebTest
@Import(CurriculumFixtures.class)
class ChecklistPagesTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	@Autowired
	DayOfRoles dayOfRoles;

	OrganizationSummary organization;

	MockHttpSession session;

	UUID programId;

	@BeforeEach
	void anOrganizerWithADraft() throws Exception {
		organization = fixtures.organization("checklist");
		session = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		programId = curriculum.draftProgram(organization, "Core training");
	}

	@Test
	void theChecklistShowsTasksInDateOrderAsPeoplePlanThem() throws Exception {
		String page = mvc.perform(get(checklist()).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("8 weeks before", "2 days before", "Training day", "1 week after",
				"Print sign-in sheets", "Welcomer");
		assertThat(page.indexOf("Confirm venue and date")).isLessThan(page.indexOf("Recruit the trainer team"));
		assertThat(page.indexOf("Recruit the trainer team")).isLessThan(page.indexOf("Debrief with trainers and coach"));
		assertThat(page).contains("Edit “Confirm venue and date”", "Remove “Confirm venue and date”");
	}

	@Test
	void anOrganizerAddsATaskDueSomeDaysBeforeTheTraining() throws Exception {
		add("Book an interpreter", "10", "BEFORE", "LEAD_TRAINER").andExpect(redirectedUrl(checklist()))
			.andExpect(flash().attribute("flashSuccess", "checklist.itemAdded"));

		ChecklistItemView added = item("Book an interpreter");
		assertThat(added.offsetDays()).isEqualTo(-10);
		assertThat(added.task().responsible()).isEqualTo(ResponsibleRole.LEAD_TRAINER);
		assertThat(added.task().description()).isEqualTo("Why: Book an interpreter");
		mvc.perform(get(checklist()).session(session))
			.andExpect(content().string(containsString("Book an interpreter")))
			.andExpect(content().string(containsString("10 days before")));
	}

	@Test
	void aTaskCanBeGivenToADayOfRole() throws Exception {
		DayOfRoleView timekeeper = role("Timekeeper");

		add("Test the countdown timer", "3", "AFTER", "role:" + timekeeper.id()).andExpect(redirectedUrl(checklist()));

		ChecklistItemView added = item("Test the countdown timer");
		assertThat(added.offsetDays()).isEqualTo(3);
		assertThat(added.task().responsible()).isEqualTo(ResponsibleRole.DAY_OF_ROLE);
		assertThat(added.dayOfRoleName()).isEqualTo("Timekeeper");
	}

	@Test
	void aDayOutOfRangeIsExplainedNextToTheDayAndNothingIsSaved() throws Exception {
		int before = checklistSize();

		add("Too late", "20", "AFTER", "CHAPTER_LEAD").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"when-error\"")))
			.andExpect(content().string(containsString("Choose a day between 56 days before and 14 days after the training.")))
			.andExpect(content().string(containsString("value=\"Too late\"")));
		add("Too early", "57", "BEFORE", "CHAPTER_LEAD").andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a day between 56 days before and 14 days after the training.")));
		add("Negative", "-3", "BEFORE", "CHAPTER_LEAD").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number of days: 0 for the training day.")));

		assertThat(checklistSize()).isEqualTo(before);
	}

	@Test
	void aSecondTaskWithTheSameTitleOnTheSameDayIsRefusedNextToTheTitle() throws Exception {
		int before = checklistSize();

		add("confirm venue and date", "8", "BEFORE", "CHAPTER_LEAD").andExpect(redirectedUrl(checklist()));
		add("Confirm venue and date", "56", "BEFORE", "COACH").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("There is already a task “Confirm venue and date” on that day.")));

		assertThat(checklistSize()).isEqualTo(before + 1);
	}

	@Test
	void everyMistakeOfAFormIsExplainedAtOnceNextToItsField() throws Exception {
		int before = checklistSize();

		add(" ", "90", "AFTER", "role:" + UUID.randomUUID()).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("Choose a day between 56 days before and 14 days after the training.")))
			.andExpect(content().string(containsString("id=\"responsible-error\"")))
			.andExpect(content().string(containsString("Choose who is responsible for this task.")));

		assertThat(checklistSize()).isEqualTo(before);
	}

	@Test
	void anOrganizerEditsATask() throws Exception {
		ChecklistItemView venue = item("Confirm venue and date");
		mvc.perform(get(checklist() + "/" + venue.id()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Confirm venue and date\"")))
			.andExpect(content().string(containsString("value=\"56\"")));

		save(venue, "Confirm the venue", "6", "BEFORE", "COACH").andExpect(redirectedUrl(checklist()))
			.andExpect(flash().attribute("flashSuccess", "checklist.itemSaved"));

		ChecklistItemView saved = item("Confirm the venue");
		assertThat(saved.offsetDays()).isEqualTo(-6);
		assertThat(saved.task().responsible()).isEqualTo(ResponsibleRole.COACH);
		assertThat(saved.key()).isEqualTo(venue.key());
	}

	@Test
	void aStaleEditShowsAConflictKeepsTheInputAndSavesNothing() throws Exception {
		ChecklistItemView venue = item("Confirm venue and date");
		save(venue, "First organizer's title", "56", "BEFORE", "CHAPTER_LEAD").andExpect(redirectedUrl(checklist()));

		save(venue, "Second organizer's title", "49", "BEFORE", "CHAPTER_LEAD").andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this task while you were editing.")))
			.andExpect(content().string(containsString("value=\"Second organizer&#39;s title\"")))
			.andExpect(content().string(containsString("First organizer&#39;s title")));

		assertThat(titles()).contains("First organizer's title").doesNotContain("Second organizer's title");
	}

	@Test
	void anOrganizerRemovesATaskAndASecondClickIsHarmless() throws Exception {
		ChecklistItemView venue = item("Confirm venue and date");

		remove(venue).andExpect(redirectedUrl(checklist()))
			.andExpect(flash().attribute("flashSuccess", "checklist.itemRemoved"));
		remove(venue).andExpect(redirectedUrl(checklist()));

		assertThat(titles()).doesNotContain("Confirm venue and date");
	}

	@Test
	void aRetiredRoleIsNotOfferedForNewTasksButStaysOnTheTasksThatHaveIt() throws Exception {
		DayOfRoleView welcomer = role("Welcomer");
		as(() -> {
			dayOfRoles.retire(welcomer.id());
			return null;
		});
		ChecklistItemView signIn = item("Print sign-in sheets");

		mvc.perform(get(checklist()).session(session))
			.andExpect(content().string(not(containsString("value=\"role:" + welcomer.id() + "\""))))
			.andExpect(content().string(containsString("Timekeeper")));
		mvc.perform(get(checklist() + "/" + signIn.id()).session(session))
			.andExpect(content().string(containsString("Welcomer (retired)")));
		save(signIn, "Print sign-in sheets", "3", "BEFORE", "role:" + welcomer.id())
			.andExpect(redirectedUrl(checklist()));
		add("Greet latecomers", "0", "BEFORE", "role:" + welcomer.id()).andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose who is responsible for this task.")));

		assertThat(item("Print sign-in sheets").dayOfRoleName()).isEqualTo("Welcomer");
	}

	@Test
	void aProgramCreatedInSpanishStartsWithASpanishChecklist() throws Exception {
		OrganizationSummary spanish = fixtures.organization("lista");
		MockHttpSession organizer = SignIn.as(mvc,
				fixtures.member(spanish, OrganizationRole.ORGANIZER).email());
		String location = mvc
			.perform(post("/" + spanish.slug() + "/programs").session(organizer).with(csrf()).locale(SPANISH)
				.param("name", "Formación básica")
				.param("description", "")
				.param("level", "INITIATION")
				.param("lengthDays", "2")
				.param("capacity", "30")
				.param("languages", "es"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(location + "/checklist").session(organizer).locale(SPANISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirmar lugar y fecha")))
			.andExpect(content().string(containsString("8 semanas antes")))
			.andExpect(content().string(containsString("Bienvenida")))
			.andExpect(content().string(not(containsString("Confirm venue and date"))));
	}

	@Test
	void trainersCannotOpenTheChecklistEditor() throws Exception {
		MockHttpSession trainer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.TRAINER).email());

		mvc.perform(get(checklist()).session(trainer)).andExpect(status().isForbidden());
		mvc.perform(post(checklist()).session(trainer).with(csrf()).param("title", "Sneaky"))
			.andExpect(status().isForbidden());
	}

	// --- Helpers -------------------------------------------------------------------------------------------------

	private ResultActions add(String title, String days, String timing, String responsible) throws Exception {
		return mvc.perform(task(post(checklist()), title, days, timing, responsible));
	}

	private ResultActions save(ChecklistItemView item, String title, String days, String timing, String responsible)
			throws Exception {
		return mvc.perform(task(post(checklist() + "/" + item.id()), title, days, timing, responsible)
			.param("version", String.valueOf(item.version())));
	}

	private ResultActions remove(ChecklistItemView item) throws Exception {
		return mvc.perform(post(checklist() + "/" + item.id() + "/remove").session(session).with(csrf()));
	}

	private MockHttpServletRequestBuilder task(MockHttpServletRequestBuilder request, String title, String days,
			String timing, String responsible) {
		return request.session(session)
			.with(csrf())
			.param("title", title)
			.param("description", "Why: " + title)
			.param("days", days)
			.param("timing", timing)
			.param("responsible", responsible);
	}

	private String checklist() {
		return "/" + organization.slug() + "/programs/" + programId + "/draft/checklist";
	}

	private List<ChecklistItemView> items() {
		return as(() -> programs.draft(programId).checklist());
	}

	private ChecklistItemView item(String title) {
		return items().stream().filter(item -> item.title().equals(title)).findFirst().orElseThrow();
	}

	private List<String> titles() {
		return items().stream().map(ChecklistItemView::title).toList();
	}

	private int checklistSize() {
		return items().size();
	}

	private DayOfRoleView role(String name) {
		return as(() -> dayOfRoles.all()).stream().filter(role -> role.name().equals(name)).findFirst().orElseThrow();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
