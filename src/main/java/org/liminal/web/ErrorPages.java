package org.liminal.web;

import java.util.Map;
import java.util.Optional;
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
 * never a stack trace. A request that failed for want of the database is answered 503 with Retry-After, asking to
 * try again shortly: "busy" when every connection stayed taken (a surge of sign-ups), "away" when PostgreSQL could
 * not be reached (see {@link DatabaseUnavailable}). The page itself needs no database: the layout's look-ups are
 * skipped on error pages (see {@link LayoutModel}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 500);

	private final ErrorAttributes errors;

	ErrorPages(ErrorAttributes errors) {
		this.errors = errors;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Optional<DatabaseUnavailable> unavailable = DatabaseUnavailable.of(errors.getError(new ServletWebRequest(request)));
		if (unavailable.isPresent()) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
					&& attributes.getResponse() != null) {
				attributes.getResponse().setHeader(HttpHeaders.RETRY_AFTER, unavailable.get().retryAfterSeconds());
			}
			return new ModelAndView("error", Map.of("errorKind", unavailable.get().errorKind()),
					HttpStatus.SERVICE_UNAVAILABLE);
		}
		String kind = EXPLAINED.contains(status.value()) ? String.valueOf(status.value()) : "generic";
		return new ModelAndView("error", Map.of("errorKind", kind), status);
	}

}
