package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/** The demo chapter lead schedules a training in Chromium, staffs it and moves it a week later. */
class TrainingBrowserTest extends BrowserJourney {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	@Test
	void leadSchedulesStaffsAndReschedulesATraining() {
		LocalDate firstDay = LocalDate.now().plusDays(63);
		LocalDate weekLater = firstDay.plusDays(7);
		signIn("lead@demo.test");
		page.navigate("/demo/trainings/new");
		page.getByLabel("Program").selectOption(new SelectOption().setLabel("Strategy upgrade (version 1, 1 day)"));
		page.getByLabel("Chapter").selectOption(new SelectOption().setLabel("Boston"));
		button("Next: dates and place").click();
		assertThat(heading("Schedule Strategy upgrade in Boston")).isVisible();
		assertThat(seriousViolations()).as("serious accessibility violations on the schedule form").isEmpty();

		page.getByLabel("First day").fill(firstDay.toString());
		page.getByLabel("Day 1 starts at").fill("10:00");
		page.getByLabel("Address").fill("Community Hall, 1 Elm St, Boston");
		button("Schedule").first().click();

		assertThat(page).hasURL(Pattern.compile(".*/demo/trainings/[0-9a-f-]{36}$"));
		assertThat(heading("Strategy upgrade in Boston")).isVisible();
		assertThat(page.locator("main")).containsText("The training is scheduled");
		assertThat(page.locator("main")).containsText(SHOWN.format(firstDay));
		assertThat(seriousViolations()).as("serious accessibility violations on the training page").isEmpty();

		link("Staff it").first().click();
		page.getByLabel("Lead trainer", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setIndex(1));
		assertThat(seriousViolations()).as("serious accessibility violations on the staffing page").isEmpty();
		button("Save the team").click();
		assertThat(page.locator("main")).containsText("The team is saved");
		assertThat(page.locator("[aria-labelledby=team-heading] progress")).hasAttribute("value", "1");

		link("Reschedule").click();
		page.getByLabel("First day").fill(weekLater.toString());
		button("Reschedule").click();
		assertThat(page.locator("main")).containsText("The training is rescheduled");
		assertThat(page.locator("main")).containsText(SHOWN.format(weekLater));
		assertThat(page.locator("[aria-labelledby=team-heading] progress")).hasAttribute("value", "1");

		page.setViewportSize(375, 740);
		page.reload();
		assertThat(noHorizontalScrolling()).as("the training page fits a phone").isTrue();
	}

}
