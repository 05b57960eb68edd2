package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The demo organizer opens the dashboard from the navigation on a phone: the compressed Boston training, under two
 * weeks out with module seats still open, is listed first, at risk, with its reasons; the page fits the phone and
 * has no serious accessibility violation; the link to the trainings list keeps the filters.
 */
class DashboardBrowserTest extends BrowserJourney {

	@Test
	void anOrganizerSeesTheTrainingsAtRiskFirstOnAPhone() {
		page.setViewportSize(375, 740);
		signIn("organizer@demo.test");
		page.navigate("/demo");
		link("Dashboard").click();

		assertThat(page.locator("h1")).hasText("Dashboard");
		assertThat(page.locator("#at-risk")).containsText("At risk (");
		assertThat(page.locator("#at-risk + ol .training-item").first()).containsText("Core training in Boston");
		assertThat(page.locator("#at-risk + ol .training-item").first().locator(".readiness-reasons"))
			.containsText("module seat");
		assertThat(noHorizontalScrolling()).as("the dashboard fits a phone").isTrue();
		assertThat(seriousViolations()).as("serious accessibility violations on the dashboard").isEmpty();

		page.locator(".dashboard-counts").first().locator("a").last().click();
		assertThat(page.locator("h1")).hasText("Trainings");
		assertThat(page.locator("#status")).hasValue("SCHEDULED");
	}

}
