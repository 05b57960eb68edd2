package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.Registrations;
import org.liminal.participants.Seats;
import org.liminal.participants.SignUpDetails;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The day of Boston's training: three people signed up. The demo trainer, on its team, welcomes them on her phone:
 * she finds two by name and checks them in with one tap each, then registers someone who walked in; the counts
 * follow each step, and the screen fits the phone.
 */
class CheckInBrowserTest extends BrowserJourney {

	@Autowired
	Organizations organizations;

	@Autowired
	Registrations registrations;

	@Autowired
	Trainings trainings;

	@Test
	void aWelcomerOnAPhoneChecksTwoPeopleInAndAddsAWalkIn() {
		signIn("trainer@demo.test");
		page.navigate("/demo/trainings");
		page.getByLabel("Chapter").selectOption(new SelectOption().setLabel("Boston"));
		button("Show").click();
		page.locator(".training-title a").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/demo/trainings/[0-9a-f-]{36}$"));
		String trainingUrl = page.url();
		UUID trainingId = UUID.fromString(trainingUrl.substring(trainingUrl.lastIndexOf('/') + 1));
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID demo = organizations.findBySlug("demo").orElseThrow().id();
		TenantContext.runAsOrganization(demo, () -> roomForTen(trainingId));
		for (String name : new String[] { "Priya Door", "Marco Door", "Lena Door" }) {
			String email = name.toLowerCase().replace(' ', '.') + "." + suffix + "@example.org";
			TenantContext.callAsOrganization(demo,
					() -> registrations.signUp(trainingId, new SignUpDetails(name, email, "", "", "", true)));
		}

		page.setViewportSize(375, 740);
		page.navigate(trainingUrl);
		assertThat(page.locator("#registrations-heading")).hasText("Registrations");
		link("Check people in").click();
		assertThat(page.locator("h1")).containsText("Check-in:");
		int expected = count("#count-expected");
		int checkedIn = count("#count-checked-in");
		int walkIns = count("#count-walk-ins");
		assertThat(noHorizontalScrolling()).as("the check-in screen fits a phone").isTrue();
		assertThat(seriousViolations()).as("serious accessibility violations on the check-in screen").isEmpty();

		for (String name : new String[] { "Priya Door", "Marco Door" }) {
			page.getByLabel("Find by name or email").fill(name.substring(0, 5));
			button("Find").click();
			Locator person = page.locator(".check-in-list li").filter(new Locator.FilterOptions().setHasText(name));
			assertThat(person).hasCount(1);
			person.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
				.hasText(name + " is checked in.");
			assertThat(page.locator(".check-in-list li").filter(new Locator.FilterOptions().setHasText(name)))
				.containsText("Checked in by Tamara Trainer");
		}
		assertThat(page.locator("#count-checked-in")).hasText(String.valueOf(checkedIn + 2));

		Locator walkIn = page.locator("form.walk-in");
		walkIn.getByLabel("Name").fill("Sam Walker");
		walkIn.getByLabel("Email").fill("sam.walker." + suffix + "@example.org");
		walkIn.getByLabel("They agreed to be contacted about this training").check();
		button("Register and check in").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
			.hasText("Sam Walker is registered and checked in.");
		assertThat(page.locator("#count-expected")).hasText(String.valueOf(expected + 1));
		assertThat(page.locator("#count-checked-in")).hasText(String.valueOf(checkedIn + 3));
		assertThat(page.locator("#count-walk-ins")).hasText(String.valueOf(walkIns + 1));
		assertThat(noHorizontalScrolling()).as("the check-in screen fits a phone after the walk-in").isTrue();
	}

	/** The demo's training may be full, with people waiting: ten more seats for them, the three and the walk-in. */
	private void roomForTen(UUID trainingId) {
		Seats seats = registrations.seats(trainingId);
		TrainingView training = trainings.training(trainingId);
		TrainingDetails details = training.details();
		trainings.change(trainingId, Optional.empty(),
				new TrainingDetails(details.address(), details.onlineLink(), seats.taken() + seats.waitlisted() + 10,
						details.language(), details.open(), details.notes()),
				training.version());
	}

	private int count(String selector) {
		return Integer.parseInt(page.locator(selector).innerText().strip());
	}

}
