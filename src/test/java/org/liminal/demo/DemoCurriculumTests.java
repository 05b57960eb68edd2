package org.liminal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.SignIn;
import org.liminal.curriculum.AgendaDay;
import org.liminal.curriculum.ChecklistItemView;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramOverview;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.RoleNeedView;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo organization holds a realistic curriculum. Every test class shares one database, so the demo data may
 * have been seeded by another context with the demo profile: these tests only read the {@code demo} organization,
 * and never assume they created it (nor that nobody added programs to it since).
 */
@DemoTest
class DemoCurriculumTests {

	private static final Pattern TIMING = Pattern.compile("## Timing \\((\\d+) min\\)");

	private static final Pattern TIMING_ROW = Pattern.compile("(?m)^\\| (\\d+) \\|");

	@Autowired
	Organizations organizations;

	@Autowired
	Programs programs;

	@Autowired
	DemoData demoData;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	OrganizationSummary demo;

	@BeforeEach
	void theDemoOrganization() {
		demo = organizations.findBySlug("demo").orElseThrow();
	}

	@Test
	void theDemoOrganizationHoldsThreePublishedPrograms() {
		List<ProgramSummary> seeded = as(() -> programs.list(false)).stream()
			.filter(program -> List.of("Core training", "Strategy upgrade", "Training of trainers")
				.contains(program.name()))
			.toList();

		assertThat(seeded).extracting(ProgramSummary::name, ProgramSummary::level, ProgramSummary::lengthDays,
				ProgramSummary::hasDraft)
			.containsExactlyInAnyOrder(
					tuple("Core training", PathwayLevel.INITIATION, 2, false),
					tuple("Strategy upgrade", PathwayLevel.UPGRADE, 1, false),
					tuple("Training of trainers", PathwayLevel.TRAINING_OF_TRAINERS, 1,
							false));
		assertThat(seeded).allSatisfy(program -> assertThat(program.isPublished()).isTrue());
	}

	@Test
	void theCoreTrainingRunsTwoFullDaysWithBreaks() {
		CurriculumView core = latest("Core training");

		assertThat(core.modules()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(core.agenda()).hasSize(2);
		assertThat(core.unscheduledModules()).isEmpty();
		assertThat(core.agenda()).allSatisfy(day -> {
			assertThat(day.slots()).anySatisfy(slot -> assertThat(slot.slot().title()).isEqualTo("Lunch"));
			assertThat(day.slots()).filteredOn(AgendaDay.TimedSlot::isBreak).hasSizeGreaterThanOrEqualTo(3);
			assertThat(day.startsAt()).isBetween(LocalTime.of(8, 30), LocalTime.of(10, 0));
			assertThat(day.endsAt()).isBefore(LocalTime.of(18, 0));
		});
		assertThat(core.modules()).filteredOn(module -> module.content().runThroughRequired())
			.extracting(ModuleView::title)
			.contains("Story of self", "Story of us", "Story of now", "Theory of change", "Team launch");
	}

	@Test
	void everyModuleHasAGuideWhoseTimingAddsUpToItsDuration() {
		for (String name : List.of("Core training", "Strategy upgrade", "Training of trainers")) {
			CurriculumView version = latest(name);
			assertThat(version.unscheduledModules()).as(name).isEmpty();
			for (ModuleView module : version.modules()) {
				String guide = module.content().guide();
				assertThat(guide).as(module.title()).contains("## Goal", "## Steps", "## Debrief questions", "## Tips");
				assertThat(guide.lines().count()).as(module.title()).isBetween(10L, 40L);
				assertThat(timing(guide)).as(module.title()).isEqualTo(module.durationMinutes());
				assertThat(timingRows(guide)).as(module.title()).isEqualTo(module.durationMinutes());
				assertThat(module.content().purpose()).as(module.title()).isNotBlank();
				assertThat(module.content().learningGoals()).as(module.title()).isNotBlank();
				assertThat(module.content().materials()).as(module.title())
					.isNotEmpty()
					.allSatisfy(material -> assertThat(material.url()).startsWith("https://"));
			}
		}
	}

	@Test
	void everyProgramHasTheDefaultChecklistAndDayOfRoles() throws IOException {
		List<String> defaultTitles = defaultChecklistTitles();

		for (String name : List.of("Core training", "Strategy upgrade", "Training of trainers")) {
			CurriculumView version = latest(name);
			assertThat(version.checklist()).extracting(ChecklistItemView::title).as(name).containsAll(defaultTitles);
			assertThat(version.roleNeeds()).extracting(RoleNeedView::name)
				.as(name)
				.contains("Welcomer", "Timekeeper", "Fun captain");
		}
	}

	@Test
	void theCoreTrainingsSecondVersionShowsWhatTheFirstTrainingsTaught() {
		UUID core = programId("Core training");
		ProgramOverview overview = as(() -> programs.overview(core));
		CurriculumView first = as(() -> programs.published(core, 1));
		CurriculumView second = as(() -> programs.published(core, 2));

		assertThat(overview.versions()).extracting(ProgramOverview.PublishedVersion::number).containsExactly(2, 1);
		assertThat(minutes(first, "Story of self")).isEqualTo(60);
		assertThat(minutes(second, "Story of self")).isEqualTo(75);
		assertThat(first.modules()).extracting(ModuleView::title).doesNotContain("Safety and wellbeing");
		assertThat(second.modules()).extracting(ModuleView::title).contains("Safety and wellbeing");
		assertThat(second.unscheduledModules()).isEmpty();
		assertThat(titlesOfDay(first, 2)).containsSubsequence("Team launch", "Afternoon break");
		assertThat(titlesOfDay(second, 2)).containsSubsequence("Nonviolent discipline and action roles",
				"Safety and wellbeing", "Afternoon break", "Team launch");
		assertThat(second.agenda().get(0).startsAt()).isEqualTo(LocalTime.of(9, 15));
		assertThat(first.details().languages()).containsExactly("en");
		assertThat(second.details().languages()).containsExactly("en", "es");
		assertThat(second.checklist()).hasSize(first.checklist().size() + 1);
		assertThat(second.roleNeeds()).extracting(RoleNeedView::name, RoleNeedView::people)
			.contains(tuple("Welcomer", 2),
					tuple("Participant supporter", 1));
	}

	@Test
	void aDemoTrainerReadsTheCoreTrainingsLatestVersion() throws Exception {
		MockHttpSession trainer = SignIn.as(mvc, "trainer@demo.test", DemoData.PASSWORD);
		UUID core = programId("Core training");

		mvc.perform(get("/demo/programs").session(trainer))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Core training",
					"Strategy upgrade", "Training of trainers")));
		mvc.perform(get("/demo/programs/" + core + "/versions/2").session(trainer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Safety and wellbeing")))
			.andExpect(content().string(containsString("09:15")));
	}

	@Test
	void startingTheAppAgainSeedsNothingTwice() throws Exception {
		int programsBefore = as(() -> programs.list(true)).size();

		demoData.run(new DefaultApplicationArguments());

		assertThat(organizations.findBySlug("demo")).contains(demo);
		assertThat(as(() -> programs.list(true))).hasSize(programsBefore);
		assertThat(as(() -> programs.overview(programId("Core training"))).versions()).hasSize(2);
	}

	@Test
	void anOrganizationWithoutProgramsGetsTheWholeCurriculumOnce(@Autowired DemoCurriculum curriculum) {
		OrganizationSummary older = organizations.create("demo-" + UUID.randomUUID().toString().substring(0, 8),
				"Seeded before the curriculum existed");

		TenantContext.runAsOrganization(older.id(), curriculum::seedUnlessPresent);
		TenantContext.runAsOrganization(older.id(), curriculum::seedUnlessPresent);

		assertThat(TenantContext.callAsOrganization(older.id(), () -> programs.list(false)))
			.extracting(ProgramSummary::name)
			.containsExactlyInAnyOrder("Core training", "Strategy upgrade", "Training of trainers");
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(demo.id(), work);
	}

	private UUID programId(String name) {
		return as(() -> programs.list(false)).stream()
			.filter(program -> program.name().equals(name))
			.findFirst()
			.orElseThrow()
			.programId();
	}

	private CurriculumView latest(String name) {
		UUID programId = programId(name);
		return as(() -> programs.latestPublished(programId)).orElseThrow();
	}

	private static int minutes(CurriculumView version, String title) {
		return version.modules()
			.stream()
			.filter(module -> module.title().equals(title))
			.findFirst()
			.orElseThrow()
			.durationMinutes();
	}

	private static List<String> titlesOfDay(CurriculumView version, int day) {
		return version.agenda().get(day - 1).slots().stream().map(slot -> slot.slot().title()).toList();
	}

	private static int timing(String guide) {
		Matcher matcher = TIMING.matcher(guide);
		assertThat(matcher.find()).as("a timing heading").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static int timingRows(String guide) {
		return TIMING_ROW.matcher(guide).results().mapToInt(row -> Integer.parseInt(row.group(1))).sum();
	}

	/** The default template's titles, as the domain writes them in English. */
	private List<String> defaultChecklistTitles() throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = new ClassPathResource("messages.properties").getInputStream()) {
			bundle.load(in);
		}
		List<String> titles = bundle.stringPropertyNames()
			.stream()
			.filter(key -> key.matches("checklist\\.default\\.\\w+\\.title"))
			.map(key -> messages.getMessage(key, null, Locale.ENGLISH))
			.toList();
		assertThat(titles).hasSizeGreaterThanOrEqualTo(15);
		return titles;
	}

}
