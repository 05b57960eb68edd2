package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/** National organizers codify a program in Chromium; trainers read it. */
class CurriculumBrowserTest extends BrowserJourney {

	@Test
	void organizerBuildsAProgramReordersItsAgendaPublishesAndSeesWhatChanged() {
		String name = "Workshop " + UUID.randomUUID().toString().substring(0, 6);
		signIn("organizer@demo.test");
		link("Programs").first().click();
		link("New program").click();
		page.getByLabel("Name").fill(name);
		page.getByLabel("English").check();
		button("Create the draft").click();
		assertThat(page).hasURL(Pattern.compile(".*/draft$"));
		String draft = page.url();

		addModule("Opening circle", "30");
		addModule("Story of self", "45");

		page.navigate(draft + "/agenda");
		addToDayOne("Opening circle (30 min)");
		addToDayOne("Story of self (45 min)");
		button("Move up: “Story of self”").click();
		Locator slots = page.locator("ol.agenda-items > li");
		assertThat(slots.first()).containsText("Story of self");
		assertThat(slots.first()).containsText("09:30");
		assertThat(slots.nth(1)).containsText("Opening circle");
		assertThat(slots.nth(1)).containsText("10:15");
		assertThat(seriousViolations()).as("serious accessibility violations on the agenda editor").isEmpty();

		page.navigate(draft);
		assertThat(seriousViolations()).as("serious accessibility violations on the draft").isEmpty();
		button("Publish as the next version").click();
		assertThat(page).hasURL(Pattern.compile(".*/versions/1$"));
		assertThat(heading(name)).isVisible();

		button("Start a new draft from this program").click();
		link("Story of self").first().click();
		link("Edit the module").click();
		page.getByLabel("Duration in minutes").fill("60");
		button("Save").click();
		page.navigate(draft);
		button("Publish as the next version").click();
		assertThat(page).hasURL(Pattern.compile(".*/versions/2$"));

		link("What changed since the previous version").click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Story of self");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("45 → 60 min");
		assertThat(seriousViolations()).as("serious accessibility violations on the changes page").isEmpty();
	}

	@Test
	void trainerReadsThePublishedCoreTrainingAndItsGuides() {
		signIn("trainer@demo.test");
		link("Programs").first().click();
		link("Core training").click();

		assertThat(page).hasURL(Pattern.compile(".*/versions/\\d+$"));
		assertThat(page.getByText("Story of self").first()).isVisible();
		assertThat(button("Start a new draft from this program")).hasCount(0);
		assertThat(seriousViolations()).as("serious accessibility violations on a version").isEmpty();

		link("Story of self").first().click();
		assertThat(page.locator(".guide")).isVisible();
		assertThat(seriousViolations()).as("serious accessibility violations on a module").isEmpty();
	}

	@Test
	void versionPageFitsAPhone() {
		page.setViewportSize(375, 740);
		signIn("coach@demo.test");
		link("Programs").first().click();
		link("Core training").click();

		assertThat(noHorizontalScrolling()).as("a version page fits a phone screen").isTrue();
	}

	private void addModule(String title, String minutes) {
		link("Add a module").click();
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("Duration in minutes").fill(minutes);
		button("Add the module").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The module was added.");
		link("Back to the draft").click();
	}

	/** Adds a module, shown in the list as "Title (N min)", at the end of day 1. */
	private void addToDayOne(String moduleOption) {
		page.getByLabel("Module", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel(moduleOption));
		button("Add to the agenda").click();
	}

}
