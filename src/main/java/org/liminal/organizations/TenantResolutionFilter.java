package org.liminal.organizations;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the organization from the first path segment ({@code /{org}/…}) and checks it against the
 * signed-in account's memberships before any controller runs. An organization that does not exist, or
 * that the signed-in person does not belong to, answers 404. Anonymous requests pass on with the
 * organization set so that public pages work and protected ones redirect to sign-in. The organization's public
 * pages ({@code /{org}/join/…}) serve everyone alike, signed in or not, member or not.
 */
public class TenantResolutionFilter extends OncePerRequestFilter {

	/** Where an organization's pages for people without an account live, after its slug. */
	public static final String PUBLIC_PREFIX = "/join";

	private final Organizations organizations;

	private final Memberships memberships;

	/**
	 * Organizations found by slug (only found ones: a new organization is seen at once). Saves a transaction
	 * and a query on every request, which a surge of sign-ups feels (docs/performance.md, "Surge sign-ups").
	 */
	private final Map<String, Remembered> bySlug = new ConcurrentHashMap<>();

	/**
	 * How long an organization found by its slug is remembered. Organizations are never renamed nor removed by
	 * the application, so this only bounds how long an operator's change in the database goes unseen.
	 */
	private final long rememberedNanos;

	public TenantResolutionFilter(Organizations organizations, Memberships memberships, Duration rememberedFor) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.rememberedNanos = rememberedFor.toNanos();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		UUID accountId = signedInAccount().orElse(null);
		Optional<String> slug = organizationSlug(request);
		try {
			if (slug.isEmpty()) {
				TenantContext.set(null, accountId);
				chain.doFilter(request, response);
				return;
			}
			Optional<OrganizationSummary> organization = organization(slug.get());
			if (organization.isEmpty()) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			if (isPublic(request, slug.get())) {
				// The same for everyone, members of other organizations included: a sign-up page is for strangers.
				TenantContext.set(organization.get().id(), null);
				chain.doFilter(request, response);
				return;
			}
			TenantContext.set(organization.get().id(), accountId);
			if (accountId != null) {
				Optional<Set<OrganizationRole>> roles = memberships.rolesOf(accountId);
				if (roles.isEmpty()) {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
					return;
				}
				request.setAttribute(CurrentMembership.REQUEST_ATTRIBUTE,
						new CurrentMembership(organization.get(), roles.get()));
			}
			chain.doFilter(request, response);
		}
		finally {
			TenantContext.clear();
		}
	}

	private Optional<OrganizationSummary> organization(String slug) {
		Remembered remembered = bySlug.get(slug);
		long now = System.nanoTime();
		if (remembered != null && now - remembered.at() < rememberedNanos) {
			return Optional.of(remembered.organization());
		}
		Optional<OrganizationSummary> found = organizations.findBySlug(slug);
		found.ifPresentOrElse(organization -> bySlug.put(slug, new Remembered(organization, now)),
				() -> bySlug.remove(slug));
		return found;
	}

	/** The organization's public pages ({@code /{org}/join/…}): sign-up and each participant's private page. */
	static boolean isPublic(HttpServletRequest request, String slug) {
		String rest = request.getRequestURI().substring(request.getContextPath().length() + 1 + slug.length());
		return rest.equals(PUBLIC_PREFIX) || rest.startsWith(PUBLIC_PREFIX + "/");
	}

	static Optional<String> organizationSlug(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.length() <= 1) {
			return Optional.empty();
		}
		int end = path.indexOf('/', 1);
		String first = end < 0 ? path.substring(1) : path.substring(1, end);
		if (first.isEmpty() || Organizations.RESERVED_SLUGS.contains(first) || first.contains(".")) {
			return Optional.empty();
		}
		return Optional.of(first);
	}

	private static Optional<UUID> signedInAccount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal principal) {
			return Optional.of(principal.accountId());
		}
		return Optional.empty();
	}

	private record Remembered(OrganizationSummary organization, long at) {
	}

}
