package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Organizers arrange a draft's agenda with plain forms (no JavaScript), and every member prints the run-of-show of
 * a published version.
 */
@WebTest
@Import({ CurriculumFixtures.class, QueryCounter.class })
class AgendaPagesTests {

	/** A slot on the agenda page as a person reads it: its clock times and its title. */
	private static final Pattern SLOT = Pattern
		.compile("<span class=\"time\">([^<]*)</span>.*?<strong class=\"slot-title\">([^<]*)</strong>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	DraftAgenda agenda;

	OrganizationSummary organization;

	MockHttpSession organizer;

	MockHttpSession trainer;

	@BeforeEach
	void anOrganizationWithAnOrganizerAndATrainer() throws Exception {
		organization = fixtures.organization("agenda");
		organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		trainer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.TRAINER).email());
	}

	// --- Reordering without JavaScript ------------------------------------------------------------------------

	@Test
	void movingAnItemDownReordersTheDayAndRecomputesItsClockTimes() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		UUID story = itemIds(programId, 1).get(0);

		mvc.perform(post(agendaPath(programId) + "/items/" + story + "/later").session(organizer).with(csrf()))
			.andExpect(redirectedUrl(agendaPath(programId) + "#item-" + story))
			.andExpect(flash().attribute("flashSuccess", "agenda.moved"));

		assertThat(slotsOnPage(programId, 1)).containsExactly("09:30–10:30 Theory of change",
				"10:30–11:15 Story of self");

		submit(programId, "/items/" + story + "/earlier");
		assertThat(slotsOnPage(programId, 1)).containsExactly("09:30–10:15 Story of self",
				"10:15–11:15 Theory of change");
	}

	@Test
	void theFirstItemOfADayMovesUpToTheEndOfThePreviousDayAndBackDown() throws Exception {
		UUID programId = twoDayProgram();
		UUID dayTwoFirst = itemIds(programId, 2).get(0);

		submit(programId, "/items/" + dayTwoFirst + "/earlier");

		assertThat(slotsOnPage(programId, 1)).containsExactly("09:30–10:15 Story of self",
				"10:15–11:15 Theory of change", "11:15–11:45 Story of us");
		assertThat(slotsOnPage(programId, 2)).containsExactly("09:30–10:00 Story of now");

		submit(programId, "/items/" + dayTwoFirst + "/later");

		assertThat(slotsOnPage(programId, 2)).containsExactly("09:30–10:00 Story of us",
				"10:00–10:30 Story of now");
	}

	@Test
	void theMoveAddressThatDragAndDropUsesWorksAsAPlainFormToo() throws Exception {
		UUID programId = twoDayProgram();
		UUID dayTwoLast = itemIds(programId, 2).get(1);

		mvc.perform(post(agendaPath(programId) + "/items/" + dayTwoLast + "/move").param("day", "1")
			.param("place", "1")
			.session(organizer)
			.with(csrf()))
			.andExpect(redirectedUrl(agendaPath(programId) + "#item-" + dayTwoLast))
			.andExpect(flash().attribute("flashSuccess", "agenda.moved"));

		assertThat(slotsOnPage(programId, 1)).containsExactly("09:30–10:00 Story of now",
				"10:00–10:45 Story of self", "10:45–11:45 Theory of change");
		assertThat(slotsOnPage(programId, 2)).containsExactly("09:30–10:00 Story of us");
	}

	@Test
	void aMoveWithoutAPlaceIsRefusedAndChangesNothing() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Unmoved");
		UUID story = itemIds(programId, 1).get(0);

		mvc.perform(post(agendaPath(programId) + "/items/" + story + "/move").param("day", "1")
			.param("place", "0")
			.session(organizer)
			.with(csrf())).andExpect(flash().attribute("flashError", "agenda.error.move"));

		assertThat(slotsOnPage(programId, 1)).containsExactly("09:30–10:15 Story of self",
				"10:15–11:15 Theory of change");
	}

	@Test
	void buttonsSayWhichItemTheyMove() throws Exception {
		UUID programId = twoDayProgram();

		String page = agendaPage(programId);

		assertThat(page).contains("aria-label=\"Move down: “Story of self”\"")
			.contains("aria-label=\"Move up: “Theory of change”\"")
			.contains("aria-label=\"Move down to the start of day 2: “Theory of change”\"")
			.contains("aria-label=\"Move up to the end of day 1: “Story of us”\"")
			.contains("aria-label=\"Remove from the agenda: “Story of now”\"");
		// Nowhere to go before the very first item or after the very last one.
		assertThat(page).contains("aria-label=\"Move up: “Story of self”\" disabled=\"disabled\"")
			.contains("aria-label=\"Move down: “Story of now”\" disabled=\"disabled\"")
			.doesNotContain("aria-label=\"Move down: “Story of self”\" disabled");
	}

	// --- Adding and removing -------------------------------------------------------------------------------------

	@Test
	void addingAModuleAndABreakPutsThemAtTheEndOfTheDayWithTheirTimes() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Growing");
		UUID teamLaunch = as(() -> modules.add(programId, CurriculumFixtures.module("Team launch", 90)));
		assertThat(agendaPage(programId)).contains("<option value=\"" + teamLaunch + "\">Team launch (90 min)</option>");

		MvcResult added = mvc
			.perform(post(agendaPath(programId) + "/modules").param("day", "1")
				.param("moduleId", teamLaunch.toString())
				.session(organizer)
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "agenda.moduleAdded"))
			.andReturn();
		mvc.perform(post(agendaPath(programId) + "/breaks").param("day", "1")
			.param("title", "Lunch")
			.param("minutes", "30")
			.session(organizer)
			.with(csrf())).andExpect(flash().attribute("flashSuccess", "agenda.breakAdded"));

		UUID newItem = itemIds(programId, 1).get(2);
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(agendaPath(programId) + "#item-" + newItem);
		assertThat(slotsOnPage(programId, 1)).containsExactly("09:30–10:15 Story of self",
				"10:15–11:15 Theory of change", "11:15–12:45 Team launch", "12:45–13:15 Lunch");
		assertThat(agendaPage(programId)).contains("Every module is on the agenda.");
	}

	@Test
	void addingTheSameModuleTwiceIsRefusedWithAClearMessage() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Twice");
		UUID story = as(() -> programs.draft(programId)).modules().get(0).id();

		MvcResult refused = mvc
			.perform(post(agendaPath(programId) + "/modules").param("day", "1")
				.param("moduleId", story.toString())
				.session(organizer)
				.with(csrf()))
			.andExpect(redirectedUrl(agendaPath(programId)))
			.andExpect(flash().attribute("flashError", "agenda.error.alreadyScheduled"))
			.andReturn();

		String page = mvc.perform(get(agendaPath(programId)).session(organizer).flashAttrs(refused.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("“Story of self” is already on the agenda. Move it instead of adding it twice.");
		assertThat(itemIds(programId, 1)).hasSize(2);
	}

	@Test
	void aBreakOnADayTheProgramDoesNotHaveIsRefused() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "One day");

		MvcResult refused = mvc
			.perform(post(agendaPath(programId) + "/breaks").param("day", "3")
				.param("title", "Lunch")
				.param("minutes", "30")
				.session(organizer)
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "agenda.error.noSuchDay"))
			.andReturn();

		assertThat(mvc.perform(get(agendaPath(programId)).session(organizer).flashAttrs(refused.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("The program has no day 3.");
	}

	@Test
	void aBreakOfTheWrongLengthIsExplainedNextToTheFieldAndNothingIsAdded() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Long break");

		String page = mvc
			.perform(post(agendaPath(programId) + "/breaks").param("day", "1")
				.param("title", "Lunch")
				.param("minutes", "300")
				.session(organizer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<p class=\"field-error\" id=\"break-minutes-error\">A break lasts from 5 to 240 minutes.</p>")
			.containsPattern("id=\"break-minutes\"[^>]*value=\"300\"")
			.containsPattern("id=\"break-title\"[^>]*value=\"Lunch\"");
		assertThat(itemIds(programId, 1)).hasSize(2);
	}

	@Test
	void removingAnItemTakesItOffTheAgendaAndOffersItsModuleAgain() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Shorter");
		UUID story = itemIds(programId, 1).get(0);

		mvc.perform(post(agendaPath(programId) + "/items/" + story + "/remove").session(organizer).with(csrf()))
			.andExpect(redirectedUrl(agendaPath(programId) + "#day-1"))
			.andExpect(flash().attribute("flashSuccess", "agenda.removed"));

		assertThat(slotsOnPage(programId, 1)).containsExactly("09:30–10:30 Theory of change");
		assertThat(agendaPage(programId)).containsPattern("<option value=\"[^\"]+\">Story of self \\(45 min\\)</option>");
	}

	@Test
	void anItemSomeoneElseRemovedMeanwhileIsExplainedNotAnError() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Stale");
		UUID story = itemIds(programId, 1).get(0);
		as(() -> {
			agenda.remove(programId, story);
			return null;
		});

		mvc.perform(post(agendaPath(programId) + "/items/" + story + "/later").session(organizer).with(csrf()))
			.andExpect(redirectedUrl(agendaPath(programId)))
			.andExpect(flash().attribute("flashError", "agenda.error.gone"));
	}

	// --- Day start and notes -------------------------------------------------------------------------------------

	@Test
	void aBadStartTimeIsExplainedNextToTheFieldAndChangesNothing() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Early");

		String page = mvc
			.perform(post(agendaPath(programId) + "/days/1/start").param("startsAt", "25:99")
				.session(organizer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Enter a time as hours and minutes, for example 09:30.")
			.containsPattern("id=\"day-1-start\"[^>]*value=\"25:99\"[^>]*aria-invalid=\"true\"");
		assertThat(as(() -> programs.draft(programId)).agenda().get(0).startsAt()).isEqualTo(LocalTime.of(9, 30));
	}

	@Test
	void aNewStartTimeMovesTheWholeDay() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Later start");

		mvc.perform(post(agendaPath(programId) + "/days/1/start").param("startsAt", "10:00")
			.session(organizer)
			.with(csrf()))
			.andExpect(redirectedUrl(agendaPath(programId) + "#day-1"))
			.andExpect(flash().attribute("flashSuccess", "agenda.startChanged"));

		assertThat(slotsOnPage(programId, 1)).containsExactly("10:00–10:45 Story of self",
				"10:45–11:45 Theory of change");
	}

	@Test
	void aDayRunningLateIsFlagged() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Late");
		submit(programId, "/days/1/start", "startsAt", "19:30");

		assertThat(agendaPage(programId)).contains("Day 1 ends at 21:15, after 20:00.");
	}

	@Test
	void notesAreSavedAndPrintedOnTheRunOfShow() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Noted");
		UUID story = itemIds(programId, 1).get(0);

		submit(programId, "/items/" + story + "/notes", "notes", "Timer on the table; five-minute signal.");

		assertThat(agendaPage(programId)).contains("<p class=\"slot-notes\">Timer on the table; five-minute signal.</p>");
		assertThat(page(runOfShowOfDraft(programId), organizer)).contains("Timer on the table; five-minute signal.");
	}

	@Test
	void notesTooLongAreExplainedNextToTheFieldAndNotSaved() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Verbose");
		UUID story = itemIds(programId, 1).get(0);

		String page = mvc
			.perform(post(agendaPath(programId) + "/items/" + story + "/notes").param("notes", "x".repeat(1001))
				.session(organizer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Keep the notes to 1000 characters or fewer.")
			.contains("x".repeat(1001) + "</textarea>");
		assertThat(as(() -> programs.draft(programId)).agenda().get(0).slots().get(0).slot().notes()).isEmpty();
	}

	// --- Run-of-show ---------------------------------------------------------------------------------------------

	@Test
	void aTrainerReadsThePublishedRunOfShowWithClockTimes() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Printed");

		String sheet = page("/" + organization.slug() + "/programs/" + programId + "/versions/1/run-of-show", trainer);

		assertThat(sheet).contains("Run-of-show: Printed, version 1")
			.contains("Day 1 of 1")
			.contains("<td class=\"time\">09:30–10:15</td>")
			.contains("<td class=\"time\">10:15–11:15</td>")
			.contains("Story of self")
			.contains("1 needed")
			.contains("1 h 45 min, ending at 11:15");
	}

	@Test
	void theDraftsRunOfShowAndAgendaAreForOrganizersOnly() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Guarded");
		as(() -> {
			programs.startDraft(programId);
			return null;
		});
		UUID story = itemIds(programId, 1).get(0);

		mvc.perform(get(runOfShowOfDraft(programId)).session(trainer)).andExpect(status().isForbidden());
		mvc.perform(get(agendaPath(programId)).session(trainer)).andExpect(status().isForbidden());
		mvc.perform(post(agendaPath(programId) + "/items/" + story + "/later").session(trainer).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(page(runOfShowOfDraft(programId), organizer)).contains("Run-of-show: draft of Guarded")
			.contains("Draft, not published");
	}

	@Test
	void aVersionThatDoesNotExistHasNoRunOfShow() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Only one");

		mvc.perform(get("/" + organization.slug() + "/programs/" + programId + "/versions/7/run-of-show")
			.session(trainer)).andExpect(status().isNotFound());
	}

	@Test
	void theRunOfShowSpeaksSpanish() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Formación");

		String sheet = mvc
			.perform(get("/" + organization.slug() + "/programs/" + programId + "/versions/1/run-of-show")
				.param("lang", "es")
				.session(trainer))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(sheet).contains("Día 1 de 1").contains("Módulo o pausa").contains("hace falta 1");
	}

	// --- Queries -------------------------------------------------------------------------------------------------

	@Test
	void theAgendaAndTheRunOfShowLoadInABoundedNumberOfQueries() throws Exception {
		UUID small = programWithModules(2);
		UUID large = programWithModules(14);

		int agendaOfSmall = queriesFor(agendaPath(small));
		int agendaOfLarge = queriesFor(agendaPath(large));
		int sheetOfSmall = queriesFor(runOfShowOfDraft(small));
		int sheetOfLarge = queriesFor(runOfShowOfDraft(large));

		assertThat(agendaOfLarge).isEqualTo(agendaOfSmall);
		assertThat(sheetOfLarge).isEqualTo(sheetOfSmall);
		// Tenant and membership, the program, its draft, modules and their materials, agenda, checklist and roles:
		// 16 today, with a little room for what later issues add to a version.
		assertThat(agendaOfSmall).isLessThanOrEqualTo(20);
		assertThat(sheetOfSmall).isLessThanOrEqualTo(20);
	}

	// --- Helpers -------------------------------------------------------------------------------------------------

	/** Two days: Story of self and Theory of change on day 1, Story of us and Story of now on day 2. */
	private UUID twoDayProgram() {
		return as(() -> {
			UUID programId = programs.create(new ProgramDetails("Two days", "", PathwayLevel.INITIATION, 2, 30,
					List.of("en")), Locale.ENGLISH);
			agenda.addModule(programId, 1, modules.add(programId, CurriculumFixtures.module("Story of self", 45)));
			agenda.addModule(programId, 1, modules.add(programId, CurriculumFixtures.module("Theory of change", 60)));
			agenda.addModule(programId, 2, modules.add(programId, CurriculumFixtures.module("Story of us", 30)));
			agenda.addModule(programId, 2, modules.add(programId, CurriculumFixtures.module("Story of now", 30)));
			return programId;
		});
	}

	private UUID programWithModules(int count) {
		return as(() -> {
			UUID programId = programs.create(CurriculumFixtures.details("Queries " + count), Locale.ENGLISH);
			for (int i = 1; i <= count; i++) {
				UUID module = modules.add(programId, CurriculumFixtures.module("Module " + i, 20));
				UUID item = agenda.addModule(programId, 1, module);
				agenda.changeNotes(programId, item, "Notes " + i);
			}
			agenda.addBreak(programId, 1, "Lunch", 45);
			return programId;
		});
	}

	private int queriesFor(String path) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path).session(organizer)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private void submit(UUID programId, String path, String... nameAndValue) throws Exception {
		var request = post(agendaPath(programId) + path).session(organizer).with(csrf());
		for (int i = 0; i < nameAndValue.length; i += 2) {
			request.param(nameAndValue[i], nameAndValue[i + 1]);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1));
	}

	private String agendaPath(UUID programId) {
		return "/" + organization.slug() + "/programs/" + programId + "/draft/agenda";
	}

	private String runOfShowOfDraft(UUID programId) {
		return "/" + organization.slug() + "/programs/" + programId + "/draft/run-of-show";
	}

	private String agendaPage(UUID programId) throws Exception {
		return page(agendaPath(programId), organizer);
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** "09:30–10:15 Story of self" for every slot of the day, in the order the page lists them. */
	private List<String> slotsOnPage(UUID programId, int day) throws Exception {
		String page = agendaPage(programId);
		int start = page.indexOf("data-agenda-day=\"" + day + "\"");
		assertThat(start).as("day %s on the page", day).isNotNegative();
		Matcher slot = SLOT.matcher(page.substring(start, page.indexOf("</ol>", start)));
		List<String> slots = new ArrayList<>();
		while (slot.find()) {
			slots.add(slot.group(1) + " " + slot.group(2));
		}
		return slots;
	}

	private List<UUID> itemIds(UUID programId, int day) {
		return as(() -> programs.draft(programId)).agenda()
			.get(day - 1)
			.slots()
			.stream()
			.map(AgendaDay.TimedSlot::itemId)
			.toList();
	}

	private <T> T as(java.util.function.Supplier<T> call) {
		return TenantContext.callAsOrganization(organization.id(), call);
	}

}
