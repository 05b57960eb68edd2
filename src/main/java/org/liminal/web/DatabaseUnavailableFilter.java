package org.liminal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed for want of the database is answered 503 with Retry-After, whatever asked (a browser gets
 * the error page, {@link ErrorPages}, in its language). Outside the session and security filters, since their own
 * look-ups (the organization of the address, the person's roles, a sign-in) fail the same way during an outage.
 * One warning line per such request rather than a stack trace: during an outage there is one per request.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			Optional<DatabaseUnavailable> unavailable = DatabaseUnavailable.of(ex);
			if (unavailable.isEmpty() || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {} answered 503, database {}: {}", request.getMethod(), request.getRequestURI(),
					unavailable.get().errorKind(), innermost(ex).toString());
			// Where the error page finds what went wrong (as when the exception reaches the container).
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			response.setHeader(HttpHeaders.RETRY_AFTER, unavailable.get().retryAfterSeconds());
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			// Forwarded to the error page rather than sent as an error: the container's error dispatch passes through
			// the session filter again, and finding a signed-in person's session needs the database that is away.
			// This request is outside that filter, so the page sees no session.
			request.getRequestDispatcher("/error").forward(request, response);
		}
	}

	private static Throwable innermost(Throwable error) {
		Throwable cause = error;
		for (int depth = 0; cause.getCause() != null && cause.getCause() != cause && depth < 20; depth++) {
			cause = cause.getCause();
		}
		return cause;
	}

}
