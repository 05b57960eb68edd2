package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Signing in, organizations, members and invitations, as people see them in Chromium. */
class BrowserTest extends BrowserJourney {

	@Test
	void organizerSignsInAndSeesTheOrganizationHome() {
		signIn("organizer@demo.test");

		assertThat(page).hasURL(Pattern.compile(".*/demo$"));
		assertThat(heading("Demo Movement")).isVisible();
		Locator members = membersLink();
		assertThat(members).isVisible();

		members.click();
		assertThat(page).hasURL(Pattern.compile(".*/demo/members$"));
		assertThat(page.getByRole(AriaRole.TABLE)).containsText("trainer@demo.test");
	}

	@Test
	void trainerDoesNotSeeMemberAdministration() {
		signIn("trainer@demo.test");

		assertThat(heading("Demo Movement")).isVisible();
		assertThat(membersLink()).hasCount(0);

		Response response = page.navigate("/demo/members");
		assertThat(response.status()).isEqualTo(403);
		assertThat(heading("Not allowed")).isVisible();
	}

	@Test
	void anotherOrganizationIsNotFound() {
		signIn("organizer@other.test");
		assertThat(heading("Other Movement")).isVisible();

		Response response = page.navigate("/demo");
		assertThat(response.status()).isEqualTo(404);
		assertThat(heading("Not found")).isVisible();
		assertThat(page.getByText("Demo Movement")).hasCount(0);
	}

	@Test
	void wrongPasswordShowsAMessage() {
		signIn("coach@demo.test", "not-the-password");

		assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("That email and password do not match. Please try again.");
		assertThat(heading("Sign in")).isVisible();
	}

	@Test
	void signInPageIsAvailableInSpanish() {
		page.navigate("/login?lang=es");

		assertThat(heading("Iniciar sesión")).isVisible();
		assertThat(page.getByLabel("Correo electrónico")).isVisible();
		assertThat(page.getByLabel("Contraseña")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "es");
	}

	@Test
	void personSignsOutFromTheHeaderMenu() {
		signIn("lead@demo.test");

		// The person menu is a <details>: opening it needs no JavaScript.
		page.getByText("Luis Lead", new Page.GetByTextOptions().setExact(true)).click();
		button("Sign out").click();

		assertThat(page).hasURL(Pattern.compile(".*/login\\?signedOut$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
		page.navigate("/demo");
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void worksOnAPhoneSizedScreen() {
		page.setViewportSize(375, 740);
		page.navigate("/login");
		assertThat(noHorizontalScrolling()).as("sign-in page fits a phone screen").isTrue();

		signIn("organizer@demo.test");
		assertThat(heading("Demo Movement")).isInViewport();
		assertThat(membersLink()).isVisible();
		assertThat(noHorizontalScrolling()).as("organization home fits a phone screen").isTrue();
	}

	@Test
	void organizerInvitesSomeoneByEmail() {
		signIn("organizer@demo.test");
		page.navigate("/demo/members");

		Locator inviteForm = page.locator("form").filter(new Locator.FilterOptions().setHas(button("Send invitation")));
		inviteForm.getByLabel("Email").fill("new.trainer@demo.test");
		inviteForm.getByLabel("Trainer").check();
		inviteForm.getByRole(AriaRole.BUTTON).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Invitation sent.");
		assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("new.trainer@demo.test")))
			.isVisible();
	}

	@Test
	void forgottenPasswordCanBeRequestedFromTheSignInPage() {
		page.navigate("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
		page.getByLabel("Email").fill("coach@demo.test");
		button("Email me a link").click();

		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("If that email belongs to an account, a link to choose a "
				+ "new password is on its way. It is valid for one hour.");
	}

	@Test
	void signInPageAndHomeHaveNoSeriousAccessibilityViolations() {
		page.navigate("/login");
		assertThat(seriousViolations()).as("serious accessibility violations on /login").isEmpty();

		signIn("organizer@demo.test");
		assertThat(page).hasURL(Pattern.compile(".*/demo$"));
		assertThat(seriousViolations()).as("serious accessibility violations on /demo").isEmpty();
	}

	@Test
	void memberAdministrationAndPasswordResetHaveNoSeriousAccessibilityViolations() {
		page.navigate("/password-reset");
		assertThat(seriousViolations()).as("serious accessibility violations on /password-reset").isEmpty();

		signIn("organizer@demo.test");
		page.navigate("/demo/members");
		assertThat(seriousViolations()).as("serious accessibility violations on /demo/members").isEmpty();
	}

}
