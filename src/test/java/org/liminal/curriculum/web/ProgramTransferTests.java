package org.liminal.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liminal.Fixtures;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.ChecklistTask;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DayOfRoles;
import org.liminal.curriculum.DraftAgenda;
import org.liminal.curriculum.DraftChecklist;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.DraftRoleNeeds;
import org.liminal.curriculum.Material;
import org.liminal.curriculum.ModuleContent;
import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramDetails;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.ResponsibleRole;
import org.liminal.curriculum.RoleCard;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Programs as files: a version exported by one organization and imported by another is the same curriculum,
 * and a bad file is refused with one clear message, leaving nothing behind.
 */
@WebTest
@Import(CurriculumFixtures.class)
class ProgramTransferTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	DraftAgenda agenda;

	@Autowired
	DraftChecklist checklist;

	@Autowired
	DraftRoleNeeds roleNeeds;

	@Autowired
	DayOfRoles dayOfRoles;

	OrganizationSummary source;

	OrganizationSummary target;

	MockHttpSession trainerOfSource;

	MockHttpSession organizerOfSource;

	MockHttpSession organizerOfTarget;

	UUID programId;

	@BeforeEach
	void aPublishedProgramInOneOrganizationAndAnotherOrganization() throws Exception {
		source = fixtures.organization("export");
		target = fixtures.organization("import");
		trainerOfSource = SignIn.as(mvc, fixtures.member(source, OrganizationRole.TRAINER).email());
		organizerOfSource = SignIn.as(mvc, fixtures.member(source, OrganizationRole.ORGANIZER).email());
		organizerOfTarget = SignIn.as(mvc, fixtures.member(target, OrganizationRole.ORGANIZER).email());
		programId = TenantContext.callAsOrganization(source.id(), this::aRichProgram);
	}

	/** Two days with breaks, notes, a later start on day 2, materials, a new day-of role and its task. */
	private UUID aRichProgram() {
		UUID id = programs.create(new ProgramDetails("Cómo organizar: Core training", "Two days to start organizing",
				PathwayLevel.INITIATION, 2, 24, List.of("en", "es")), Locale.ENGLISH);
		UUID story = modules.add(id, CurriculumFixtures.module("Story of self", 45));
		UUID change = modules.add(id, new ModuleContent("Theory of change", "Why we escalate", "Name three pillars",
				60, 2, "## Steps\n\n1. Draw the pillars", false, List.of(new Material("Slides", "https://example.org/s"),
						new Material("Handout", "https://example.org/h"))));
		UUID launch = modules.add(id, CurriculumFixtures.module("Team launch", 90));
		modules.add(id, CurriculumFixtures.module("Not on the agenda", 30));
		agenda.addModule(id, 1, story);
		agenda.changeNotes(id, agenda.addBreak(id, 1, "Lunch", 45), "Vegan options");
		agenda.changeNotes(id, agenda.addModule(id, 1, change), "Bring markers");
		agenda.addModule(id, 2, launch);
		agenda.changeDayStart(id, 2, LocalTime.of(10, 15));
		UUID noteTaker = dayOfRoles.create(new RoleCard("Note-taker", "Writes things down", "Bring a laptop",
				"Take notes", "Share the notes"));
		checklist.add(id, new ChecklistTask("Prepare the notes template", "One page", -3, ResponsibleRole.DAY_OF_ROLE,
				noteTaker));
		CurriculumView draft = programs.draft(id);
		Map<UUID, Integer> people = new java.util.HashMap<>();
		draft.roleNeeds().forEach(need -> people.put(need.dayOfRoleId(), need.people()));
		people.put(noteTaker, 2);
		// Emptied first: replacing a role need in one go trips the unique index (inserts are flushed first).
		roleNeeds.change(id, Map.of(), draft.version());
		roleNeeds.change(id, people, programs.draft(id).version());
		programs.publish(id, programs.draft(id).version());
		return id;
	}

	@Test
	void aVersionExportedAndImportedElsewhereExportsIdentically() throws Exception {
		byte[] exported = export(trainerOfSource, "/versions/1/export");

		String location = importFile(organizerOfTarget, file(exported)).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID imported = UUID.fromString(location.replaceAll(".*/programs/([^/]+)/draft$", "$1"));
		byte[] reexported = mvc.perform(get("/" + target.slug() + "/programs/" + imported + "/draft/export")
			.session(organizerOfTarget)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(new String(reexported, StandardCharsets.UTF_8)).isEqualTo(new String(exported, StandardCharsets.UTF_8));
		JsonNode document = JSON.readTree(exported);
		assertThat(document.get("modules")).hasSize(4);
		assertThat(document.get("agenda").get(1).get("startsAt").asString()).isEqualTo("10:15");
		assertThat(document.get("roles").toString()).contains("Note-taker").contains("Welcomer");
		CurriculumView draft = TenantContext.callAsOrganization(target.id(), () -> programs.draft(imported));
		CurriculumView original = TenantContext.callAsOrganization(source.id(), () -> programs.published(programId, 1));
		assertThat(draft.modules()).extracting(module -> module.key())
			.containsExactlyElementsOf(original.modules().stream().map(module -> module.key()).toList());
		assertThat(TenantContext.callAsOrganization(target.id(), () -> dayOfRoles.all()))
			.extracting(role -> role.name())
			.containsExactlyInAnyOrder("Fun captain", "Note-taker", "Timekeeper", "Welcomer");
	}

	@Test
	void importedRolesAreMatchedByNameWithTheOrganizationsOwn() throws Exception {
		UUID welcomer = TenantContext.callAsOrganization(target.id(),
				() -> dayOfRoles.create(new RoleCard("WELCOMER", "Our own card", "", "", "")));

		importFile(organizerOfTarget, file(export(trainerOfSource, "/versions/1/export")))
			.andExpect(status().is3xxRedirection());

		assertThat(TenantContext.callAsOrganization(target.id(), () -> dayOfRoles.all()))
			.filteredOn(role -> role.name().equalsIgnoreCase("welcomer"))
			.singleElement()
			.satisfies(role -> {
				assertThat(role.id()).isEqualTo(welcomer);
				assertThat(role.card().summary()).isEqualTo("Our own card");
			});
	}

	@Test
	void theExportIsAJsonDownloadNamedAfterTheProgram() throws Exception {
		mvc.perform(get(program() + "/versions/1/export").session(trainerOfSource))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"como-organizar-core-training-v1.json\""));
		TenantContext.runAsOrganization(source.id(), () -> programs.startDraft(programId));
		mvc.perform(get(program() + "/draft/export").session(organizerOfSource))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"como-organizar-core-training-draft.json\""));
		mvc.perform(get(program() + "/draft/export").session(trainerOfSource)).andExpect(status().isForbidden());
		mvc.perform(get(program() + "/versions/2/export").session(trainerOfSource)).andExpect(status().isNotFound());
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("no file chosen", raw(""), "Choose a file to import."),
				Arguments.of("an empty file", raw(" \n"), "The file is empty."),
				Arguments.of("not JSON", raw("{\n  \"format\": \"liminal-program\",\n  modules: []\n}"),
						"This is not a valid JSON file: something is wrong at line 3, column 3."),
				Arguments.of("not a program", raw("{\"name\": \"Core training\"}"),
						"This is not a Liminal program file: it should say \"format\": \"liminal-program\"."),
				Arguments.of("a newer format", edit(document -> document.put("formatVersion", 2)),
						"This file uses version 2 of the program format, but this Liminal reads versions up to 1."),
				Arguments.of("a duration out of range",
						edit(document -> module(document, 1).put("durationMinutes", 700)),
						"modules[1].durationMinutes must be between 5 and 600"),
				Arguments.of("a missing title", edit(document -> module(document, 2).remove("title")),
						"modules[2].title is missing or empty"),
				Arguments.of("a duration in words", edit(document -> module(document, 0).put("durationMinutes", "sixty")),
						"modules[0].durationMinutes must be a whole number."),
				Arguments.of("an unknown level", edit(document -> ((ObjectNode) document.get("program")).put("level", "EXPERT")),
						"program.level must be one of: INITIATION, UPGRADE, TRAINING_OF_TRAINERS, TRAINING_OF_COACHES."),
				Arguments.of("an agenda item with an unknown module", edit(document -> slot(document, 0, 0)
					.put("module", "00000000-0000-0000-0000-000000000001")),
						"agenda[0].items[0].module: no module has the key 00000000-0000-0000-0000-000000000001."),
				Arguments.of("a day the program does not have",
						edit(document -> ((ObjectNode) document.get("agenda").get(1)).put("day", 3)),
						"agenda[1].day: the program lasts 2 days, so there is no day 3."),
				Arguments.of("a duplicate checklist task", edit(document -> {
					ArrayNode tasks = (ArrayNode) document.get("checklist");
					ObjectNode copy = ((ObjectNode) tasks.get(0)).deepCopy();
					copy.put("key", UUID.randomUUID().toString());
					tasks.insert(1, copy);
				}), "checklist[1].title: the task “Confirm venue and date” is in the checklist twice for the same day (-56 days from the training)."),
				Arguments.of("a task for a role not in the file", edit(document -> ((ArrayNode) document.get("roles"))
					.removeIf(role -> role.get("name").asString().equals("Note-taker"))),
						"no role in \"roles\" is called “Note-taker”."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileIsRefusedWithOneClearMessageAndLeavesNothingBehind(String kind, Consumer<ObjectNode> change,
			String message) throws Exception {
		byte[] content = content(change);
		long programsBefore = programsOfTarget();
		long rolesBefore = rolesOfTarget();

		String page = HtmlUtils.htmlUnescape(importFile(organizerOfTarget,
				new MockMultipartFile("file", content.length == 0 ? "" : "program.json", "application/json", content))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(fileError(page)).contains(message);
		assertThat(programsOfTarget()).isEqualTo(programsBefore);
		assertThat(rolesOfTarget()).isEqualTo(rolesBefore);
	}

	@Test
	void aFileOverTheLimitIsRefusedWithItsSize() throws Exception {
		byte[] huge = new byte[2 * 1024 * 1024 + 1];

		String page = importFile(organizerOfTarget, new MockMultipartFile("file", "huge.json", "application/json", huge))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fileError(page)).contains("The file is larger than 2 MB.");
	}

	@Test
	void theImportFormIsForOrganizers() throws Exception {
		mvc.perform(get("/" + source.slug() + "/programs/import").session(organizerOfSource)).andExpect(status().isOk());
		mvc.perform(get("/" + source.slug() + "/programs/import").session(trainerOfSource))
			.andExpect(status().isForbidden());
	}

	// --- Helpers --------------------------------------------------------------------

	/** A file whose whole content is this text; the marker tells {@link #content} not to edit it. */
	private static Consumer<ObjectNode> raw(String text) {
		return new Raw(text);
	}

	private record Raw(String text) implements Consumer<ObjectNode> {

		@Override
		public void accept(ObjectNode document) {
		}

	}

	private static Consumer<ObjectNode> edit(Consumer<ObjectNode> change) {
		return change;
	}

	private static ObjectNode module(ObjectNode document, int index) {
		return (ObjectNode) document.get("modules").get(index);
	}

	private static ObjectNode slot(ObjectNode document, int day, int index) {
		return (ObjectNode) document.get("agenda").get(day).get("items").get(index);
	}

	private byte[] content(Consumer<ObjectNode> change) throws Exception {
		if (change instanceof Raw raw) {
			return raw.text().getBytes(StandardCharsets.UTF_8);
		}
		ObjectNode document = (ObjectNode) JSON.readTree(export(trainerOfSource, "/versions/1/export"));
		change.accept(document);
		return JSON.writeValueAsBytes(document);
	}

	private byte[] export(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(program() + path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private org.springframework.test.web.servlet.ResultActions importFile(MockHttpSession session,
			MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/" + target.slug() + "/programs/import").file(file).session(session).with(csrf()));
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "program.json", "application/json", content);
	}

	/** The message next to the file field. */
	private static String fileError(String page) {
		Matcher error = Pattern.compile("<p class=\"field-error\" id=\"file-error\">(.*?)</p>", Pattern.DOTALL)
			.matcher(page);
		assertThat(error.find()).as("an error next to the file field in:%n%s", page).isTrue();
		return error.group(1);
	}

	private long programsOfTarget() {
		return TenantContext.callAsOrganization(target.id(), () -> programs.list(true).stream().map(ProgramSummary::programId).count());
	}

	private long rolesOfTarget() {
		return TenantContext.callAsOrganization(target.id(), () -> (long) dayOfRoles.all().size());
	}

	private String program() {
		return "/" + source.slug() + "/programs/" + programId;
	}

}
