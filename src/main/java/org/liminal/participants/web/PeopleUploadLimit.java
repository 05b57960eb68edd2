package org.liminal.participants.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Sends a list over the server's upload limit back to the import form, which then says why (as the program
 * import does): Tomcat refuses to read such a request's fields, so the CSRF check would otherwise fail first.
 */
@Component
@Order(-110)
class PeopleUploadLimit extends OncePerRequestFilter {

	private static final Pattern IMPORT = Pattern.compile("/[^/]+/people/import");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")
				|| !IMPORT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			response.sendRedirect(request.getRequestURI() + "?tooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

}
