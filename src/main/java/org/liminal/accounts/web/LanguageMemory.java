package org.liminal.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.liminal.accounts.Accounts;
import org.liminal.organizations.MemberPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Remembers the language each signed-in person uses the site in, so that the emails Liminal sends them on its
 * own (digests, alerts) come in it. Written once per session and again when they switch language.
 */
@Configuration
class LanguageMemory implements WebMvcConfigurer, HandlerInterceptor {

	private static final String REMEMBERED = LanguageMemory.class.getName() + ".language";

	private final Accounts accounts;

	LanguageMemory(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session == null || authentication == null
				|| !(authentication.getPrincipal() instanceof MemberPrincipal principal)) {
			return;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		if (!locale.getLanguage().equals(session.getAttribute(REMEMBERED))) {
			accounts.rememberLanguage(principal.accountId(), locale);
			session.setAttribute(REMEMBERED, locale.getLanguage());
		}
	}

}
