package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo trainer opens My page from the navigation on a phone: the compressed Boston training they lead with
 * their modules not run through yet, its planned run-through, and Carlos's feedback they have not acknowledged; the
 * page fits the phone and has no serious accessibility violation. The demo coach sees the trainers they coach with
 * what waits on them.
 */
class MyPageBrowserTest extends BrowserJourney {

	@Test
	void aTrainerSeesTheirTrainingsAndFeedbackToAcknowledgeOnAPhone() {
		page.setViewportSize(375, 740);
		signIn("trainer@demo.test");
		page.navigate("/demo");
		myPage().click();

		assertThat(page.locator("h1")).hasText("My page");
		Locator trainings = section("my-trainings");
		assertThat(trainings.locator(".training-item").first()).containsText("Core training in Boston");
		assertThat(trainings.locator(".seat-list").first()).containsText("Lead trainer");
		// Whatever other journeys did to the demo's rehearsals, each module seat says where it stands.
		assertThat(trainings.locator(".seat-list .tag").first())
			.containsText(Pattern.compile("Not run through yet|Another run-through needed|Run through, awaiting sign-off|Signed off"));
		assertThat(section("next-run-throughs")).containsText("You present");
		Locator feedback = section("feedback-to-acknowledge");
		assertThat(feedback).containsText(Pattern.compile("\\d+ to acknowledge"));
		assertThat(feedback).containsText("Ready with changes");
		assertThat(feedback).containsText("by Carlos Coach");
		assertThat(noHorizontalScrolling()).as("My page fits a phone").isTrue();
		assertThat(seriousViolations()).as("serious accessibility violations on My page").isEmpty();

		feedback.locator(".plain-list a").first().click();
		assertThat(page.locator("h1")).containsText("Feedback on");
	}

	@Test
	void aCoachSeesTheTrainersTheyCoach() {
		signIn("coach@demo.test");
		page.navigate("/demo");
		myPage().click();

		Locator trainers = section("trainers-to-coach");
		assertThat(trainers.locator("li", new Locator.LocatorOptions().setHasText("Tamara Trainer")))
			.containsText(Pattern.compile("\\d+ pieces? of your feedback not acknowledged yet"));
		assertThat(trainers.locator("li", new Locator.LocatorOptions().setHasText("Grace Liu")))
			.containsText("1 draft of yours still open");
		assertThat(seriousViolations()).as("serious accessibility violations on a coach's My page").isEmpty();

		trainers.locator("a", new Locator.LocatorOptions().setHasText("Tamara Trainer")).click();
		assertThat(page.locator("h1")).containsText("Tamara Trainer");
	}

	private Locator myPage() {
		return page.locator(".main-nav a", new Page.LocatorOptions().setHasText("My page"));
	}

	private Locator section(String id) {
		return page.locator("section[aria-labelledby='" + id + "']");
	}

}
