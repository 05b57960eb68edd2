package org.liminal.web;

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
 * Sends a file over the size limit back to the import form it was posted from ({@code /{org}/…/import}: programs,
 * people), with {@code ?tooLarge} for the form to say why. Tomcat refuses to read such a request's fields at all,
 * so without this the first reader (the CSRF check) would fail with an error page. Runs before security; the form
 * it redirects to is checked as usual.
 */
@Component
@Order(-110)
class UploadLimit extends OncePerRequestFilter {

	private static final Pattern IMPORT = Pattern.compile("/[^/]+/[^/]+/import");

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
			// Reads the parts now; the server keeps them for the controller.
			multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			response.sendRedirect(request.getRequestURI() + "?tooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

}
