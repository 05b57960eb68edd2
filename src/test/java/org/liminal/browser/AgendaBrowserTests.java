package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.DraftAgenda;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramDetails;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The agenda editor and the run-of-show in a real browser: drag and drop as an enhancement of the move forms,
 * no serious accessibility violations, and a printed run-of-show with a page per day that fits A4 and Letter.
 */
@Import({ Fixtures.class, CurriculumFixtures.class })
class AgendaBrowserTests extends BrowserJourney {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	DraftAgenda agenda;

	private OrganizationSummary organization;

	private String organizerEmail;

	@BeforeEach
	void anOrganizerInABrowser() {
		organization = fixtures.organization("agenda-browser");
		organizerEmail = fixtures.member(organization, OrganizationRole.ORGANIZER).email();
		signIn(organizerEmail, Fixtures.PASSWORD);
	}

	@Test
	void draggingAnItemToAnotherDayMovesItThere() {
		UUID programId = twoDayProgram();
		// Both days in view: the drag needs no scrolling.
		page.setViewportSize(1280, 2000);
		page.navigate(agendaPath(programId));

		Locator storyOfNow = item("Story of now");
		Locator storyOfSelf = item("Story of self");
		storyOfNow.dragTo(storyOfSelf,
				new Locator.DragToOptions().setSourcePosition(new Position(20, 12)).setTargetPosition(new Position(20, 5)));

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The item was moved.");
		assertThat(page.locator("[data-agenda-day='1'] .slot-title"))
			.hasText(new String[] { "Story of now", "Story of self", "Theory of change", "Lunch" });
		assertThat(page.locator("[data-agenda-day='1'] .time").first()).hasText("09:30–10:00");
		assertThat(page.locator("[data-agenda-day='2'] .slot-title")).hasText(new String[] { "Story of us" });
	}

	@Test
	void theMoveButtonsWorkFromTheKeyboard() {
		UUID programId = twoDayProgram();
		page.navigate(agendaPath(programId));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move down: “Story of self”")).focus();
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The item was moved.");
		assertThat(page.locator("[data-agenda-day='1'] .slot-title"))
			.hasText(new String[] { "Theory of change", "Story of self", "Lunch" });
		assertThat(page).hasURL(Pattern.compile(".*#item-[0-9a-f-]+$"));
	}

	@Test
	void theAgendaEditorAndTheRunOfShowHaveNoSeriousAccessibilityViolations() {
		UUID programId = twoDayProgram();

		page.navigate(agendaPath(programId));
		assertThat(seriousViolations()).as("agenda editor").isEmpty();
		page.navigate(runOfShowPath(programId));
		assertThat(seriousViolations()).as("run-of-show").isEmpty();
	}

	@Test
	void theRunOfShowPrintsAPagePerDayOnA4AndOnLetter() throws Exception {
		UUID programId = twoDayProgram();
		page.navigate(runOfShowPath(programId));
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print"))).isVisible();

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator(".site-header")).isHidden();
		assertThat(page.locator(".site-footer")).isHidden();
		assertThat(page.getByRole(AriaRole.BUTTON)).hasCount(0);
		double widestTable = (Double) page.evaluate(
				"() => Math.max(...[...document.querySelectorAll('.run-of-show table')].map(t => t.getBoundingClientRect().width))");
		// 186 mm at 96 px per inch.
		assertThat(widestTable).isLessThanOrEqualTo(186 / 25.4 * 96 + 0.5);

		assertThat(pages(page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true)))).isEqualTo(2L);
		assertThat(pages(page.pdf(new Page.PdfOptions().setFormat("Letter")))).isEqualTo(2L);
	}

	/** Chromium writes each page as an uncompressed "/Type /Page" object. */
	private static long pages(byte[] pdf) {
		return Pattern.compile("/Type\\s*/Page(?!s)")
			.matcher(new String(pdf, StandardCharsets.ISO_8859_1))
			.results()
			.count();
	}

	private Locator item(String title) {
		return page.locator("[data-agenda-item]")
			.filter(new Locator.FilterOptions().setHas(page.locator(".slot-title", new Page.LocatorOptions().setHasText(title))));
	}

	private UUID twoDayProgram() {
		return TenantContext.callAsOrganization(organization.id(), () -> {
			UUID programId = programs.create(new ProgramDetails("Two days", "", PathwayLevel.INITIATION, 2, 30,
					List.of("en")), Locale.ENGLISH);
			agenda.addModule(programId, 1, modules.add(programId, CurriculumFixtures.module("Story of self", 45)));
			agenda.addModule(programId, 1, modules.add(programId, CurriculumFixtures.module("Theory of change", 60)));
			agenda.addModule(programId, 2, modules.add(programId, CurriculumFixtures.module("Story of us", 30)));
			agenda.addModule(programId, 2, modules.add(programId, CurriculumFixtures.module("Story of now", 30)));
			agenda.addBreak(programId, 1, "Lunch", 60);
			return programId;
		});
	}

	private String agendaPath(UUID programId) {
		return "/" + organization.slug() + "/programs/" + programId + "/draft/agenda";
	}

	private String runOfShowPath(UUID programId) {
		return "/" + organization.slug() + "/programs/" + programId + "/draft/run-of-show";
	}

}
