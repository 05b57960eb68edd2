package org.liminal.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * One friendly error page for every status, explaining the common ones in the person's language;
 * never a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 500);

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		String kind = EXPLAINED.contains(status.value()) ? String.valueOf(status.value()) : "generic";
		return new ModelAndView("error", Map.of("errorKind", kind), status);
	}

}
