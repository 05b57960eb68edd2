package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

/**
 * Boston's compressed training, a week out, has presenters who have not run their modules through. The demo
 * trainer logs a run-through of her modules in Chromium; the demo coach opens it and gives her feedback with a
 * ready verdict on one module; the training's rehearsal matrix and readiness change with each step.
 */
class CoachingBrowserTest extends BrowserJourney {

	private static final String TRAINER = "Tamara Trainer";

	@Test
	void trainerLogsARunThroughCoachSignsHerOffAndReadinessFollows() {
		signIn("trainer@demo.test");
		page.navigate("/demo/trainings");
		page.getByLabel("Chapter").selectOption(new SelectOption().setLabel("Boston"));
		button("Show").click();
		page.locator(".training-title a").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/demo/trainings/[0-9a-f-]{36}$"));
		String trainingUrl = page.url();
		assertThat(page.locator("#rehearsals-heading")).hasText("Rehearsals");
		Locator signedOff = page.locator(".rehearsals progress");
		Locator reasons = page.locator(".checklist .readiness-reasons");
		int signedOffBefore = Integer.parseInt(signedOff.getAttribute("value"));
		int notRunThroughBefore = notRunThrough(reasons.innerText());
		assertThat(notRunThroughBefore).as("presenters not run through before").isPositive();

		link("Log a run-through").click();
		assertThat(heading("Log a run-through of Core training in Boston")).isVisible();
		assertThat(seriousViolations()).as("serious accessibility violations on the run-through form").isEmpty();
		Locator rows = page.locator(".part-row");
		int mine = 0;
		for (int i = 0; i < rows.count(); i++) {
			Locator row = rows.nth(i);
			Locator covered = row.locator("input[type=checkbox]");
			String presenter = row.locator("select option:checked").innerText();
			if (presenter.equals(TRAINER)) {
				covered.check();
				Locator planned = row.getByLabel("Planned minutes");
				row.getByLabel("Actual minutes").fill(String.valueOf(Integer.parseInt(planned.inputValue()) + 5));
				mine++;
			}
			else {
				covered.uncheck();
			}
		}
		assertThat(mine).as("modules the demo trainer presents").isPositive();
		button("Log the run-through").click();
		assertThat(page.locator("main")).containsText("The run-through is logged.");
		assertThat(page).hasURL(Pattern.compile(".*/run-throughs/[0-9a-f-]{36}$"));
		String runThroughUrl = page.url();
		assertThat(page.locator("main")).containsText("+5");

		page.navigate(trainingUrl);
		assertThat(notRunThrough(reasons.innerText())).as("presenters not run through after logging")
			.isEqualTo(notRunThroughBefore - mine);

		context.clearCookies();
		signIn("coach@demo.test");
		page.navigate(runThroughUrl);
		page.locator("a[aria-label^='Give feedback to " + TRAINER + "']").first().click();
		assertThat(page.locator("h1")).containsText("Feedback on");
		assertThat(seriousViolations()).as("serious accessibility violations on the feedback form").isEmpty();
		Locator criteria = page.locator("fieldset:has(input[type=radio][name^='scores'])");
		for (int i = 0; i < criteria.count(); i++) {
			criteria.nth(i).getByText("4 – excellent").click();
		}
		page.getByLabel("Glows: what went well").fill("Clear and warm; the room followed you.");
		page.getByText("Ready", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
		button("Submit to the trainer").click();
		assertThat(page.locator("main")).containsText("Feedback submitted. The trainer has been told.");

		page.navigate(trainingUrl);
		assertThat(page.locator(".rehearsal-matrix")).containsText("Ready");
		assertThat(signedOff).hasAttribute("value", String.valueOf(signedOffBefore + 1));

		page.setViewportSize(375, 740);
		page.navigate(runThroughUrl);
		assertThat(noHorizontalScrolling()).as("the run-through page fits a phone").isTrue();
	}

	/** The number in "N presenters have not run their module through yet", or 0 when that reason is gone. */
	private static int notRunThrough(String reasons) {
		var matcher = Pattern.compile("(\\d+) presenters? ha(?:s|ve) not run their module through").matcher(reasons);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
