package org.liminal;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Lets MockMvc tests keep a signed-in session as a {@link MockHttpSession}, the way they did before sessions moved
 * to PostgreSQL (Spring Session finds a session by its cookie only, and MockMvc keeps no cookies): the session's
 * cookie goes out with each request whose {@code MockHttpSession} carries its value as id, and a new session's
 * cookie comes back as a new {@code MockHttpSession} (signing in changes the id, as in a browser); a session ended
 * by the server invalidates it. Runs first, around Spring Session's own filter; requests of a real server (browser
 * tests, {@code TwoInstancesTests}) pass untouched.
 */
public class MockMvcSessions implements Filter {

	/** Spring Session's cookie (server.servlet.session.cookie.name is not set). */
	static final String COOKIE = "SESSION";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof MockHttpServletRequest mockRequest)
				|| !(response instanceof MockHttpServletResponse mockResponse)) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession carried = mockRequest.getSession(false);
		if (carried != null && !hasCookie(mockRequest)) {
			mockRequest.setCookies(append(mockRequest.getCookies(), new Cookie(COOKIE, carried.getId())));
		}
		chain.doFilter(request, response);
		Cookie issued = mockResponse.getCookie(COOKIE);
		if (issued == null) {
			return;
		}
		if (issued.getMaxAge() == 0 || issued.getValue().isEmpty()) {
			HttpSession ended = mockRequest.getSession(false);
			if (ended != null) {
				ended.invalidate();
			}
		}
		else {
			mockRequest.setSession(new MockHttpSession(mockRequest.getServletContext(), issued.getValue()));
		}
	}

	private static boolean hasCookie(MockHttpServletRequest request) {
		if (request.getCookies() == null) {
			return false;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	private static Cookie[] append(Cookie[] cookies, Cookie cookie) {
		if (cookies == null) {
			return new Cookie[] { cookie };
		}
		Cookie[] all = Arrays.copyOf(cookies, cookies.length + 1);
		all[cookies.length] = cookie;
		return all;
	}

}
