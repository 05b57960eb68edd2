package org.liminal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Liminal as a person sees it: the real server with the demo data, driven through Debian's headless
 * Chromium. Skipped, not failed, where Chromium is not installed.
 */
@ExtendWith(BrowserTest.RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class BrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final String PASSWORD = "demo-password";

	/** Quiet, offline Chromium that runs as root in a container. */
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run", "--disable-quic");

	private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	private static final Set<String> SERIOUS_IMPACTS = Set.of("serious", "critical");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	static void launchChromium() {
		// Not an assumption here: Surefire would report an aborted class as zero tests, without the reason.
		if (!Files.isExecutable(CHROMIUM)) {
			return;
		}
		// Surefire sets this variable too; repeated here so the test also runs from an IDE.
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openFreshContext() {
		// English regardless of the machine's language; the app follows the browser's preference.
		context = browser.newContext(
				new Browser.NewContextOptions().setBaseURL("http://localhost:" + port).setLocale("en-US"));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

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

	private void signIn(String email) {
		signIn(email, PASSWORD);
	}

	private void signIn(String email, String password) {
		page.navigate("/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		button("Sign in").click();
		page.waitForLoadState();
	}

	private Locator heading(String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	private Locator membersLink() {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members and invitations"));
	}

	private boolean noHorizontalScrolling() {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
	}

	/** Serious and critical WCAG 2.x A/AA violations, one line per element, for a readable failure. */
	private List<String> seriousViolations() {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AA).analyze();
		// An axe run that failed or checked nothing would otherwise pass as "no violations".
		assertThat(results.getErrorMessage()).as("axe error").isNull();
		assertThat(results.getPasses()).as("rules axe checked").isNotEmpty();
		return results.getViolations()
			.stream()
			.filter(rule -> SERIOUS_IMPACTS.contains(rule.getImpact()))
			.flatMap(rule -> rule.getNodes()
				.stream()
				.map(node -> rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": " + node.getHtml()))
			.collect(Collectors.toList());
	}

	/**
	 * Skips every test where Chromium is missing, before the test instance exists, so Spring does not start
	 * the application (and its database) for nothing, and each test is reported as skipped with the reason.
	 */
	static final class RequiresChromium implements TestInstancePreConstructCallback {

		@Override
		public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
			assumeTrue(Files.isExecutable(CHROMIUM),
					"Chromium is not installed (apt-get install chromium chromium-driver); browser tests skipped");
		}

	}

}
