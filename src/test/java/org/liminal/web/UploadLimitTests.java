package org.liminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liminal.Fixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.util.HtmlUtils;

/**
 * An upload over the size limit, through the real server: Tomcat stops reading it, and the organizer still gets
 * the import form (programs', people's) with the reason, not an error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class UploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	/** Just over the file limit, and well over the request limit (which Tomcat refuses before reading). */
	@ParameterizedTest
	@CsvSource({ "programs, 2097153, The file is larger than 2 MB.", "programs, 8388608, The file is larger than 2 MB.",
			"people, 2097153, The file is larger than 1 MB.", "people, 8388608, The file is larger than 1 MB." })
	void aFileOverTheLimitIsExplainedOnTheForm(String list, int size, String explained) throws Exception {
		OrganizationSummary organization = fixtures.organization("upload");
		String email = fixtures.member(organization, OrganizationRole.ORGANIZER).email();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		signIn(browser, email);
		String form = browser.send(
				HttpRequest.newBuilder(url("/" + organization.slug() + "/" + list + "/import")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String action = HtmlUtils.htmlUnescape(find(form, "<form action=\"([^\"]*/" + list + "/import[^\"]*)\""));
		String token = find(form, "name=\"_csrf\" value=\"([^\"]+)\"");

		HttpResponse<String> response = browser.send(upload(url(action), token, new byte[size]),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.uri().getPath()).isEqualTo("/" + organization.slug() + "/" + list + "/import");
		assertThat(response.body()).contains(explained);
	}

	private void signIn(HttpClient browser, String email) throws Exception {
		String login = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ find(login, "name=\"_csrf\" value=\"([^\"]+)\"");
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.uri().getPath()).isNotEqualTo("/login");
	}

	private static HttpRequest upload(URI url, String token, byte[] file) {
		String boundary = "liminal-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(url)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String find(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as("%s in%n%s", regex, html).isTrue();
		return matcher.group(1);
	}

}
