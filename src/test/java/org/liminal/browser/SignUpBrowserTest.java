package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * A newcomer on a phone, after the march: opens the demo movement's join page, picks a training in Los Angeles,
 * signs up, sees the confirmation with their private link, and opens it to find their registration.
 */
class SignUpBrowserTest extends BrowserJourney {

	@Test
	void aNewcomerOnAPhoneSignsUpAndOpensTheirPrivatePage() {
		page.setViewportSize(390, 844);
		page.navigate("/demo/join");
		assertThat(heading("Join a training: Demo Movement")).isVisible();
		assertThat(noHorizontalScrolling()).as("the join page fits a phone screen; too wide: %s", tooWide()).isTrue();
		assertThat(seriousViolations()).as("serious accessibility violations on the join page").isEmpty();

		page.getByLabel("Chapter").selectOption(new SelectOption().setLabel("Los Angeles"));
		button("Show trainings").click();
		assertThat(page).hasURL(Pattern.compile(".*/demo/join\\?chapter=.*"));
		Locator cards = page.locator(".join-card");
		assertThat(cards.first()).containsText("Los Angeles");
		cards.first().locator("a.button").click();

		assertThat(page).hasURL(Pattern.compile(".*/demo/join/[0-9a-f]{64}$"));
		assertThat(page.locator("h1")).containsText("Sign up:");
		assertThat(noHorizontalScrolling()).as("the sign-up form fits a phone screen; too wide: %s", tooWide()).isTrue();
		assertThat(seriousViolations()).as("serious accessibility violations on the sign-up form").isEmpty();
		page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill("Nora Newcomer");
		page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("nora." + System.nanoTime() + "@example.org");
		page.getByLabel("I agree to be contacted").check();
		button("Sign me up").click();

		assertThat(heading("You have a seat")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are signed up");
		assertThat(noHorizontalScrolling()).as("the confirmation fits a phone screen; too wide: %s", tooWide())
			.isTrue();
		page.locator("a.private-link").click();

		assertThat(page).hasURL(Pattern.compile(".*/demo/join/registrations/[A-Za-z0-9_-]+$"));
		assertThat(page.locator("h1")).containsText("Your registration:");
		assertThat(page.locator("main")).containsText("Nora Newcomer, you have a seat.");
		assertThat(page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true))).hasValue("Nora Newcomer");
		assertThat(noHorizontalScrolling()).as("the private page fits a phone screen; too wide: %s", tooWide()).isTrue();
		assertThat(seriousViolations()).as("serious accessibility violations on the private page").isEmpty();
	}

	/** The elements that reach past the right edge of the screen, to say what made a page too wide. */
	private Object tooWide() {
		return page.evaluate("() => [...document.querySelectorAll('main *')]"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
				+ ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 10).join(', ')");
	}

}
