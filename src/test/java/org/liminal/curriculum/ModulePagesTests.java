package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Organizers add, change and remove a draft's modules through the pages; every member reads a published
 * module with its facilitation guide, which nothing written in it can turn against the reader.
 */
@WebTest
@Import(CurriculumFixtures.class)
class ModulePagesTests {

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

	OrganizationSummary organization;

	Person organizer;

	MockHttpSession session;

	@BeforeEach
	void anOrganizer() throws Exception {
		organization = fixtures.organization("modules");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		session = SignIn.as(mvc, organizer.email());
	}

	// --- Adding, changing, removing -----------------------------------------------------------------------

	@Test
	void anOrganizerAddsAModuleWithItsMaterials() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		String form = page(session, draft(programId) + "/modules/new");
		assertThat(form).contains("name=\"materials[2].url\"").doesNotContain("name=\"materials[3].url\"");

		String location = mvc.perform(post(draft(programId) + "/modules").session(session)
			.with(csrf())
			.params(fields(Map.of("title", "Escalation", "purpose", "Why escalating works",
					"learningGoals", "Plan an escalating campaign", "durationMinutes", "75", "trainersNeeded", "2",
					"guide", "## Opening\n\nAsk the room.", "runThroughRequired", "true",
					"materials[0].title", "Slides", "materials[0].url", "https://example.org/escalation"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "module.added"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		ModuleView added = draftOf(programId).modules().get(2);
		assertThat(location).isEqualTo(draft(programId) + "/modules/" + added.id());
		assertThat(added.content()).isEqualTo(new ModuleContent("Escalation", "Why escalating works",
				"Plan an escalating campaign", 75, 2, "## Opening\n\nAsk the room.", true,
				List.of(new Material("Slides", "https://example.org/escalation"))));
		assertThat(page(session, location)).contains("Escalation")
			.contains("<h4>Opening</h4>")
			.contains("href=\"https://example.org/escalation\" target=\"_blank\" rel=\"noopener noreferrer nofollow\"")
			.contains("Edit the module");
	}

	@Test
	void anOrganizerChangesAModuleAndClearsAMaterialRowToRemoveIt() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		ModuleView module = draftOf(programId).modules().get(0);
		String form = page(session, draft(programId) + "/modules/" + module.id() + "/edit");
		assertThat(form).contains("value=\"Story of self\"").contains("value=\"https://example.org/45\"");

		edit(session, programId, module.id(), module.version(), Map.of("title", "Story of self, us and now",
				"durationMinutes", "90", "materials[0].title", "", "materials[0].url", "",
				"materials[1].title", "Handout", "materials[1].url", "http://example.org/handout"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(draft(programId) + "/modules/" + module.id()))
			.andExpect(flash().attribute("flashSuccess", "module.saved"));

		ModuleContent changed = draftOf(programId).module(module.id()).content();
		assertThat(changed.title()).isEqualTo("Story of self, us and now");
		assertThat(changed.durationMinutes()).isEqualTo(90);
		assertThat(changed.runThroughRequired()).isFalse();
		assertThat(changed.materials()).containsExactly(new Material("Handout", "http://example.org/handout"));
	}

	@Test
	void anOrganizerRemovesAModuleAndItsPlaceOnTheAgenda() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		ModuleView module = draftOf(programId).modules().get(0);

		mvc.perform(post(draft(programId) + "/modules/" + module.id() + "/remove").session(session).with(csrf()))
			.andExpect(redirectedUrl(draft(programId)))
			.andExpect(flash().attribute("flashSuccess", "module.removed"));

		CurriculumView after = draftOf(programId);
		assertThat(after.modules()).extracting(ModuleView::title).containsExactly("Theory of change");
		assertThat(after.agenda().get(0).slots()).hasSize(1);
		mvc.perform(post(draft(programId) + "/modules/" + module.id() + "/remove").session(session).with(csrf()))
			.andExpect(flash().attribute("flashError", "module.error.alreadyRemoved"));
	}

	// --- Bad input ------------------------------------------------------------------------------------------

	@Test
	void badInputIsExplainedNextToEachFieldAndNothingIsSaved() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");

		String html = mvc.perform(post(draft(programId) + "/modules").session(session)
			.with(csrf())
			.params(fields(Map.of("title", " ", "durationMinutes", "2", "trainersNeeded", "11",
					"guide", "x".repeat(50_001),
					"materials[0].title", "Only a title",
					"materials[1].url", "https://example.org/no-title",
					"materials[2].title", "Sneaky", "materials[2].url", "javascript:alert(1)"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"title-error\"", "Give the module a title.")
			.contains("id=\"durationMinutes-error\"", "Choose a duration between 5 and 600 minutes.")
			.contains("id=\"trainersNeeded-error\"", "Choose between 0 and 10 trainers.")
			.contains("id=\"guide-error\"", "The guide can hold up to 50,000 characters.")
			.contains("id=\"material-1-url-error\"", "Add the web address of this material, or empty its title.")
			.contains("id=\"material-2-title-error\"", "Give this material a title, or empty its web address.")
			.contains("id=\"material-3-url-error\"", "Use a web address that starts with https:// or http://.")
			.contains("value=\"Only a title\"")
			// The rows kept for correcting, and spare rows still offered after them.
			.contains("name=\"materials[5].url\"");
		assertThat(draftOf(programId).modules()).hasSize(2);
	}

	@Test
	void aNumberThatIsNoNumberIsExplainedInTheReadersLanguage() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");

		String html = mvc.perform(post(draft(programId) + "/modules").session(session)
			.with(csrf())
			.param("lang", "es")
			.params(fields(Map.of("title", "Escalada", "durationMinutes", "mucho", "trainersNeeded", "1"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Escribe la duración como un número entero de minutos.");
		assertThat(draftOf(programId).modules()).hasSize(2);
	}

	// --- Who reads what -------------------------------------------------------------------------------------

	@Test
	void aTrainerReadsAPublishedModuleButNoDraftModulePage() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		ModuleView published = as(() -> programs.published(programId, 1)).modules().get(0);
		as(() -> {
			programs.startDraft(programId);
			return null;
		});
		ModuleView drafted = draftOf(programId).modules().get(0);
		Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		MockHttpSession trainerSession = SignIn.as(mvc, trainer.email());

		String html = page(trainerSession, version(programId, 1) + "/modules/" + published.id());

		assertThat(html).contains("Story of self", "Why Story of self", "Goals of Story of self", "45 min",
				"Required before the training", "<h4>Story of self</h4>")
			.contains("href=\"https://example.org/45\"")
			.contains("Back to Core training, version 1")
			.doesNotContain("Edit the module")
			.doesNotContain("/remove");
		for (String path : List.of("/modules/" + drafted.id(), "/modules/" + drafted.id() + "/edit", "/modules/new")) {
			mvc.perform(get(draft(programId) + path).session(trainerSession)).andExpect(status().isForbidden());
		}
		mvc.perform(post(draft(programId) + "/modules/" + drafted.id() + "/remove").session(trainerSession).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(draftOf(programId).modules()).hasSize(2);
	}

	@Test
	void aModuleOfAnotherVersionOrNoneIsNotFound() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		as(() -> {
			programs.startDraft(programId);
			return null;
		});
		ModuleView drafted = draftOf(programId).modules().get(0);

		mvc.perform(get(version(programId, 1) + "/modules/" + drafted.id()).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get(draft(programId) + "/modules/" + UUID.randomUUID()).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get(version(programId, 2) + "/modules/" + drafted.id()).session(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void aGuideWithAttemptsToRunCodeIsShownInert() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		ModuleView module = draftOf(programId).modules().get(0);
		String guide = """
				# Opening

				<script>alert('guide')</script>

				Say hello <img src=x onerror="alert('img')"> to everyone.

				[click](javascript:alert('link')) and [data](data:text/html;base64,PHNjcmlwdD4=)

				<iframe src="https://evil.example"></iframe>

				A <a href="https://example.org" onclick="alert('a')">raw link</a>.

				![pixel](https://tracker.example/pixel.png) and [Agenda](https://example.org/agenda)
				""";
		edit(session, programId, module.id(), module.version(), Map.of("guide", guide))
			.andExpect(status().is3xxRedirection());

		String html = page(session, draft(programId) + "/modules/" + module.id());
		String rendered = html.substring(html.indexOf("class=\"guide\""), html.indexOf("</section>", html.indexOf("class=\"guide\"")));

		assertThat(rendered).doesNotContain("<script", "<img", "<iframe", "onerror=", "onclick=", "href=\"javascript",
				"href=\"data", "<a href=\"https://example.org\"")
			.contains("&lt;script&gt;", "<h3>Opening</h3>", "<p>click and data</p>")
			.contains("<a href=\"https://example.org/agenda\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">Agenda</a>")
			.contains("<a href=\"https://tracker.example/pixel.png\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">pixel</a>");
	}

	// --- Two organizers at once -----------------------------------------------------------------------------

	@Test
	void aStaleEditShowsAConflictKeepsTheInputAndLosesNeitherChange() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		UUID moduleId = draftOf(programId).modules().get(0).id();
		Person other = fixtures.member(organization, OrganizationRole.ORGANIZER);
		MockHttpSession otherSession = SignIn.as(mvc, other.email());
		String path = draft(programId) + "/modules/" + moduleId + "/edit";
		long firstRead = versionIn(page(session, path));
		long secondRead = versionIn(page(otherSession, path));

		edit(session, programId, moduleId, firstRead, Map.of("title", "First organizer's title"))
			.andExpect(status().is3xxRedirection());
		String conflict = edit(otherSession, programId, moduleId, secondRead,
				Map.of("title", "Second organizer's title", "guide", "Second organizer's guide"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(conflict).contains("role=\"alert\"", "Someone else changed this module while you were editing.")
			.contains("value=\"Second organizer&#39;s title\"")
			.contains("Second organizer&#39;s guide");
		assertThat(draftOf(programId).module(moduleId).title()).isEqualTo("First organizer's title");

		// Saving the kept input again applies it over the first change, knowingly.
		edit(otherSession, programId, moduleId, versionIn(conflict), Map.of("title", "Second organizer's title"))
			.andExpect(status().is3xxRedirection());
		assertThat(draftOf(programId).module(moduleId).title()).isEqualTo("Second organizer's title");
	}

	@Test
	void anEditOfAModuleSomeoneRemovedCanBeSavedAsANewModule() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		ModuleView module = draftOf(programId).modules().get(0);
		as(() -> {
			modules.remove(programId, module.id());
			return null;
		});

		String html = edit(session, programId, module.id(), module.version(), Map.of("title", "Rescued"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Someone removed this module while you were editing.")
			.contains("action=\"" + draft(programId) + "/modules\"")
			.contains("value=\"Rescued\"");
	}

	// --- Helpers --------------------------------------------------------------------------------------------

	private ResultActions edit(MockHttpSession as, UUID programId, UUID moduleId,
			long version, Map<String, String> changes) throws Exception {
		Map<String, String> values = new LinkedHashMap<>(Map.of("title", "Story of self",
				"purpose", "Why", "learningGoals", "Goals", "durationMinutes", "45", "trainersNeeded", "1",
				"guide", "## Story of self", "version", String.valueOf(version)));
		values.putAll(changes);
		MockHttpServletRequestBuilder request = post(draft(programId) + "/modules/" + moduleId + "/edit").session(as)
			.with(csrf())
			.params(fields(values));
		return mvc.perform(request);
	}

	private static MultiValueMap<String, String> fields(Map<String, String> values) {
		LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		values.forEach(fields::add);
		return fields;
	}

	private String page(MockHttpSession as, String path) throws Exception {
		return mvc.perform(get(path).session(as))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long versionIn(String html) {
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(version.find()).as("the form carries the module's version").isTrue();
		return Long.parseLong(version.group(1));
	}

	private CurriculumView draftOf(UUID programId) {
		return as(() -> programs.draft(programId));
	}

	private String draft(UUID programId) {
		return "/" + organization.slug() + "/programs/" + programId + "/draft";
	}

	private String version(UUID programId, int number) {
		return "/" + organization.slug() + "/programs/" + programId + "/versions/" + number;
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
