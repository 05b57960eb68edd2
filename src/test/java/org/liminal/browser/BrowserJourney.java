package org.liminal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser journey needs: the real server with the demo data, driven through Debian's headless
 * Chromium, with an accessibility check. Skipped, not failed, where Chromium is not installed.
 */
@ExtendWith(BrowserJourney.RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class BrowserJourney {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final String PASSWORD = "demo-password";

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
	int port;

	BrowserContext context;

	Page page;

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

	void signIn(String email) {
		signIn(email, PASSWORD);
	}

	void signIn(String email, String password) {
		page.navigate("/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		button("Sign in").click();
		page.waitForLoadState();
	}

	Locator heading(String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
	}

	Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	Locator membersLink() {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members and invitations"));
	}

	boolean noHorizontalScrolling() {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
	}

	/** Serious and critical WCAG 2.x A/AA violations, one line per element, for a readable failure. */
	List<String> seriousViolations() {
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
