package org.liminal.web;

import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * One friendly error page for every status, explaining the common ones in the person's language;
 * never a stack trace. A request that found no database connection in time (every connection busy, as in a surge
 * of sign-ups, or the database away) is answered 503, asking to try again shortly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 500);

	/** Seconds after which a busy server asks to be tried again. */
	static final String RETRY_AFTER_SECONDS = "30";

	private final ErrorAttributes errors;

	ErrorPages(ErrorAttributes errors) {
		this.errors = errors;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (noConnection(errors.getError(new ServletWebRequest(request)))) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
					&& attributes.getResponse() != null) {
				attributes.getResponse().setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			}
			return new ModelAndView("error", Map.of("errorKind", "busy"), HttpStatus.SERVICE_UNAVAILABLE);
		}
		String kind = EXPLAINED.contains(status.value()) ? String.valueOf(status.value()) : "generic";
		return new ModelAndView("error", Map.of("errorKind", kind), status);
	}

	/** Whether the error, or one of its causes, is the pool giving up waiting for a connection. */
	private static boolean noConnection(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

}
