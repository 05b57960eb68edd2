package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/** The demo chapter lead opens Boston's next training in Chromium and ticks two tasks of its checklist. */
class ChecklistBrowserTest extends BrowserJourney {

	@Test
	void leadTicksTwoTasksAndSeesTheProgressChange() {
		signIn("lead@demo.test");
		page.navigate("/demo/trainings");
		page.getByLabel("Chapter").selectOption(new SelectOption().setLabel("Boston"));
		button("Show").click();
		page.locator(".training-title a").first().click();

		assertThat(page).hasURL(Pattern.compile(".*/demo/trainings/[0-9a-f-]{36}$"));
		assertThat(page.locator("#checklist-heading")).hasText("Preparation checklist");
		assertThat(page.locator(".checklist .readiness-level")).containsText("Readiness:");
		assertThat(seriousViolations()).as("serious accessibility violations on the training page's checklist").isEmpty();
		Locator progress = page.locator(".checklist-progress progress");
		int before = Integer.parseInt(progress.getAttribute("value"));

		button("Mark done").first().click();
		assertThat(page.locator("main")).containsText("The task is done.");
		assertThat(progress).hasAttribute("value", String.valueOf(before + 1));
		button("Mark done").first().click();
		assertThat(page.locator("main")).containsText("The task is done.");
		assertThat(progress).hasAttribute("value", String.valueOf(before + 2));
		assertThat(page.locator(".checklist")).containsText("Done by");

		link("My tasks").first().click();
		assertThat(heading("My tasks")).isVisible();
		assertThat(seriousViolations()).as("serious accessibility violations on my tasks").isEmpty();

		page.setViewportSize(375, 740);
		page.goBack();
		page.reload();
		assertThat(noHorizontalScrolling()).as("the training page with its checklist fits a phone").isTrue();
		page.navigate("/demo/my-tasks");
		assertThat(noHorizontalScrolling()).as("my tasks fits a phone").isTrue();
	}

}
