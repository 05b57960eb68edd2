package org.liminal.accounts;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantResolutionFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Organization pages ({@code /{org}/…}) first pass through tenant resolution,
 * which answers 404 for organizations the person does not belong to; role rules then apply within the
 * organization.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** Scripts, styles and images only from this server; no inline code anywhere. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Organizations organizations, Memberships memberships,
			AccountUserDetailsService userDetails, SignInThrottle throttle, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events,
			@Value("${liminal.organizations.slugs-remembered-for}") Duration slugsRememberedFor) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
		passwords.setPasswordEncoder(passwordEncoder);
		// The only way to authenticate: no fallback manager that would retry without the throttle.
		ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
		// Sign-ins are announced, for what other parts remember of them (the language a person uses).
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		http.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login", "/password-reset", "/password-reset/**", "/invitations/**", "/css/**",
						"/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
						"/actuator/health/**")
				.permitAll()
				// Scrapers sign in nowhere: the reverse proxy keeps this off the public internet, or the actuator has its
				// own port (README, "Monitoring"). Metrics hold counts only, never anyone's data.
				.requestMatchers("/actuator/prometheus")
				.permitAll()
				// Calendar apps poll feeds without signing in: the secret token in the address is the key.
				.requestMatchers("/calendar/**")
				.permitAll()
				// The unsubscribe address at the bottom of a letter works without signing in: its token is the key.
				.requestMatchers("/unsubscribe/**")
				.permitAll()
				// Newcomers sign up, and later open their registration, without an account: the organization's public
				// pages, where a private page's secret token is the key.
				.requestMatchers("/{org}/join", "/{org}/join/**")
				.permitAll()
				.requestMatchers("/{org}/daily-runs", "/{org}/daily-runs/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				.requestMatchers("/{org}/mail", "/{org}/mail/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				.requestMatchers("/{org}/members", "/{org}/members/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				// Every member reads published curriculum; only organizers see drafts and change anything.
				.requestMatchers(HttpMethod.POST, "/{org}/programs", "/{org}/programs/**", "/{org}/day-of-roles",
						"/{org}/day-of-roles/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				.requestMatchers("/{org}/programs/new", "/{org}/programs/import", "/{org}/programs/*/draft",
						"/{org}/programs/*/draft/**", "/{org}/day-of-roles/new", "/{org}/day-of-roles/*/edit")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				// Checklists are worked by the training's team too, plain trainers included: the pages decide who may.
				.requestMatchers(HttpMethod.POST, "/{org}/trainings/*/checklist", "/{org}/trainings/*/checklist/**")
				.authenticated()
				// Run-throughs are logged by trainers and coaches too: the pages decide who may (RunThroughAccess).
				.requestMatchers(HttpMethod.POST, "/{org}/trainings/*/run-throughs", "/{org}/trainings/*/run-throughs/**")
				.authenticated()
				// Welcomers at the door are the training's team, plain trainers included: the check-in pages decide who
				// may (ParticipantAccess.requireTeam).
				.requestMatchers(HttpMethod.POST, "/{org}/trainings/*/check-in", "/{org}/trainings/*/check-in/**")
				.authenticated()
				// Every member reads trainings; organizers and chapter leads change them (the pages then let a lead
				// change only their own chapters' trainings).
				.requestMatchers(HttpMethod.POST, "/{org}/trainings", "/{org}/trainings/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER, OrganizationRole.CHAPTER_LEAD))
				.requestMatchers("/{org}/trainings/new", "/{org}/trainings/*/edit", "/{org}/trainings/*/staffing",
						"/{org}/trainings/*/reschedule", "/{org}/trainings/*/cancel", "/{org}/trainings/*/version")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER, OrganizationRole.CHAPTER_LEAD))
				// A chapter's teams are kept by organizers and chapter leads (the pages then let a lead change only the
				// teams of the chapters they lead); every member reads them.
				.requestMatchers(HttpMethod.POST, "/{org}/chapters/*/teams", "/{org}/chapters/*/teams/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER, OrganizationRole.CHAPTER_LEAD))
				// Every member sees the chapters and their people; only organizers create, edit and staff them.
				.requestMatchers(HttpMethod.POST, "/{org}/chapters", "/{org}/chapters/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				.requestMatchers("/{org}/chapters/new", "/{org}/chapters/*/edit", "/{org}/chapters/*/people")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				// Coaching: coaches give feedback, coaches and organizers see the coaching page, organizers edit the
				// rubric. Reading feedback is decided by its pages (its presenter, coaches, chapter leads, organizers).
				.requestMatchers("/{org}/feedback/new")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.COACH))
				.requestMatchers(HttpMethod.POST, "/{org}/feedback")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.COACH))
				.requestMatchers("/{org}/coaching")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.COACH, OrganizationRole.ORGANIZER))
				// A coach's feedback in a period: organizers, and the coach themself (the page decides).
				.requestMatchers("/{org}/coaching/coaches/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.COACH, OrganizationRole.ORGANIZER))
				.requestMatchers("/{org}/rubric")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				// The pathway: organizers define the qualifications; coaches and organizers recognize people (the
				// pathway then lets a coach recognize only the trainers they coach); every member reads profiles.
				.requestMatchers("/{org}/pathway/kinds", "/{org}/pathway/kinds/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				.requestMatchers("/{org}/pathway/recognize")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER, OrganizationRole.COACH))
				.requestMatchers(HttpMethod.POST, "/{org}/profiles/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER, OrganizationRole.COACH))
				// People: organizers and chapter leads find people (the directory then shows a lead only the people of
				// their chapters' trainings); organizers alone import lists and erase a person.
				.requestMatchers("/{org}/people/import", "/{org}/people/import/**", "/{org}/people/*/erase")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER))
				.requestMatchers("/{org}/people", "/{org}/people/**")
				.access(OrganizationRoleAuthorization.requires(OrganizationRole.ORGANIZER, OrganizationRole.CHAPTER_LEAD))
				.anyRequest()
				.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			// Mail programs' one-click unsubscribe (RFC 8058) posts without a form's token; the address's own secret
			// token is what a forged request could not know.
			// The public pages take none either: nobody is signed in there for a forged request to act as, a private
			// page's token is what a forgery could not know, and the sign-up form must not open a session per
			// stranger (thousands arrive at once after an action).
			.csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/**", "/*/join", "/*/join/**"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.addFilterBefore(new TenantResolutionFilter(organizations, memberships, slugsRememberedFor), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Tells throttled sign-ins apart from wrong passwords, without saying whether the email exists; a sign-in that
	 * failed inside is not a wrong password either.
	 */
	private static final class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

		SignInFailureHandler() {
			super("/login?error");
		}

		@Override
		public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.core.AuthenticationException exception)
				throws java.io.IOException, jakarta.servlet.ServletException {
			if (exception instanceof SignInThrottled) {
				getRedirectStrategy().sendRedirect(request, response, "/login?throttled");
				return;
			}
			// The accounts could not be read (the database away): not a wrong password. Thrown on, it gets the
			// error page (503 when the database is unavailable).
			if (exception instanceof InternalAuthenticationServiceException internal
					&& internal.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			super.onAuthenticationFailure(request, response, exception);
		}

	}

}
