package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The demo chapter lead opens "Dashboard" on a phone and lands on Boston's: the compressed training at risk first,
 * each presenter's rehearsal, and the newcomers the held Boston training brought to the chapter's teams; the page
 * fits the phone and has no serious accessibility violation; a presenter's name leads to their feedback history.
 */
class ChapterDashboardBrowserTest extends BrowserJourney {

	@Test
	void aChapterLeadSeesTheirChapterOnAPhone() {
		page.setViewportSize(375, 740);
		signIn("lead@demo.test");
		page.navigate("/demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();

		assertThat(page.locator("h1")).hasText("Boston: dashboard");
		assertThat(page.locator("#at-risk + ol .training-item").first()).containsText("Core training in Boston");
		assertThat(page.locator("#trainers ~ table").first()).containsText("Presenter");
		assertThat(page.locator("#growth ~ .dashboard-counts").first()).containsText("1 training held");
		assertThat(page.locator("#growth ~ .dashboard-counts").first()).containsText("joined a team");
		assertThat(noHorizontalScrolling()).as("the chapter dashboard fits a phone").isTrue();
		assertThat(seriousViolations()).as("serious accessibility violations on the chapter dashboard").isEmpty();

		page.locator("#trainers ~ table tbody th a").first().click();
		assertThat(page.locator("h1")).containsText("Feedback");
	}

}
