package org.liminal.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liminal.accounts.Accounts;
import org.liminal.organizations.MemberPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Remembers the language each person uses the site in, so that the emails Liminal sends them on its own
 * (digests, alerts) come in it: when they sign in, and when they switch language ({@code ?lang=}).
 */
@Configuration
class LanguageMemory implements WebMvcConfigurer, HandlerInterceptor {

	private final Accounts accounts;

	private final LocaleResolver locales;

	LanguageMemory(Accounts accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal principal
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			accounts.rememberLanguage(principal.accountId(), locales.resolveLocale(attributes.getRequest()));
		}
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (request.getParameter("lang") != null && authentication != null
				&& authentication.getPrincipal() instanceof MemberPrincipal principal) {
			Locale locale = RequestContextUtils.getLocale(request);
			accounts.rememberLanguage(principal.accountId(), locale);
		}
	}

}
