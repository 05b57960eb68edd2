package org.liminal.web;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that its log lines carry ({@code requestId} in the logging context, shown by the text
 * pattern and a field of the JSON logs), the response returns ({@code X-Request-Id}) and the error page shows, so
 * that a person's report, a proxy's log and the application's log meet. A reverse proxy's id is kept when it looks
 * like one (1 to 64 letters, digits, {@code . _ -}); anything else is replaced, so that nobody writes into the log
 * through a header. Runs before Spring Security, so that every line of a request has it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	/** The logging context's key, and the request attribute (pages read it as {@code ${requestId}}). */
	public static final String KEY = "requestId";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getAttribute(KEY) instanceof String earlier ? earlier : accepted(request.getHeader(HEADER));
		request.setAttribute(KEY, id);
		if (!response.isCommitted()) {
			response.setHeader(HEADER, id);
		}
		MDC.put(KEY, id);
		boolean escaped = true;
		try {
			chain.doFilter(request, response);
			escaped = false;
		}
		finally {
			// An exception on its way out is logged by the servlet container after this filter, then the error page is
			// dispatched on the same thread: the id stays for that line and that page, whose own pass clears it.
			if (!escaped || request.getDispatcherType() == DispatcherType.ERROR) {
				MDC.remove(KEY);
			}
		}
	}

	/** The error page too: it shows the id, and its log lines carry it. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static String accepted(String offered) {
		return offered != null && ACCEPTED.matcher(offered).matches() ? offered : generated();
	}

	/** 64 random bits: short enough to read out over the phone, unique enough to find one request in the logs. */
	static String generated() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

}
