package org.liminal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liminal.WebTest;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every request has an id: the proxy's when it looks like one, else a new one; it is in the logging context while
 * the request runs, comes back in the response, and the error page shows it for people to quote.
 */
@WebTest
class RequestIdsTests {

	static final String GENERATED = "[0-9a-f]{16}";

	@Autowired
	MockMvc mvc;

	@Test
	void aProxysIdIsKeptAndReturned() throws Exception {
		mvc.perform(get("/login").header(RequestIds.HEADER, "proxy-4f2a.77_B"))
			.andExpect(header().string(RequestIds.HEADER, "proxy-4f2a.77_B"));
	}

	@Test
	void withoutAnIdOneIsMade() throws Exception {
		String first = mvc.perform(get("/login"))
			.andExpect(header().string(RequestIds.HEADER, matchesPattern(GENERATED)))
			.andReturn()
			.getResponse()
			.getHeader(RequestIds.HEADER);
		mvc.perform(get("/login")).andExpect(header().string(RequestIds.HEADER, not(first)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "with space", "line\nbreak", "<script>", "quote\"d", "" })
	void anIdThatDoesNotLookLikeOneIsReplaced(String offered) throws Exception {
		mvc.perform(get("/login").header(RequestIds.HEADER, offered))
			.andExpect(header().string(RequestIds.HEADER, matchesPattern(GENERATED)));
	}

	@Test
	void anOverlongIdIsReplaced() throws Exception {
		mvc.perform(get("/login").header(RequestIds.HEADER, "a".repeat(65)))
			.andExpect(header().string(RequestIds.HEADER, matchesPattern(GENERATED)));
		mvc.perform(get("/login").header(RequestIds.HEADER, "a".repeat(64)))
			.andExpect(header().string(RequestIds.HEADER, "a".repeat(64)));
	}

	@Test
	void signInPagesAndSecurityAnswersCarryItToo() throws Exception {
		mvc.perform(get("/some-organization/trainings").header(RequestIds.HEADER, "before-security"))
			.andExpect(header().string(RequestIds.HEADER, "before-security"));
	}

	@Test
	void theErrorPageShowsTheIdToQuote() throws Exception {
		mvc.perform(get("/error").accept("text/html")
			.header(RequestIds.HEADER, "report-me-42")
			.locale(Locale.ENGLISH)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500))
			.andExpect(content().string(containsString("quote this reference: report-me-42")));
		mvc.perform(get("/error").accept("text/html")
			.header(RequestIds.HEADER, "report-me-42")
			.locale(Locale.forLanguageTag("es"))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500))
			.andExpect(content().string(containsString("indica esta referencia: report-me-42")));
	}

	@Test
	void theIdIsInTheLoggingContextWhileTheRequestRunsAndGoneAfter() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.addHeader(RequestIds.HEADER, "logged-7");
		AtomicReference<String> seen = new AtomicReference<>();

		new RequestIds().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set(MDC.get(RequestIds.KEY)));

		assertThat(seen.get()).isEqualTo("logged-7");
		assertThat(MDC.get(RequestIds.KEY)).isNull();
	}

	@Test
	void anExceptionLeavesTheIdForTheContainersLogUntilTheErrorPageIsDone() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/somewhere");
		request.addHeader(RequestIds.HEADER, "failing-9");
		try {
			new RequestIds().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				throw new IllegalStateException("boom");
			});
		}
		catch (IllegalStateException expected) {
			assertThat(MDC.get(RequestIds.KEY)).isEqualTo("failing-9");
		}
		request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
		AtomicReference<String> seen = new AtomicReference<>();

		new RequestIds().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set(MDC.get(RequestIds.KEY)));

		assertThat(seen.get()).as("the error page's pass").isEqualTo("failing-9");
		assertThat(MDC.get(RequestIds.KEY)).isNull();
	}

}
