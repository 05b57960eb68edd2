package org.liminal.web;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the one layout needs on every page: the organization of the URL with the person's roles there
 * (for the navigation), and the person's organizations (for the switcher).
 */
@ControllerAdvice
class LayoutModel {

	private final Memberships memberships;

	LayoutModel(Memberships memberships) {
		this.memberships = memberships;
	}

	@ModelAttribute("current")
	CurrentMembership current(HttpServletRequest request) {
		return (CurrentMembership) request.getAttribute(CurrentMembership.REQUEST_ATTRIBUTE);
	}

	/** For marking the navigation link of the page being shown (aria-current). */
	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * None on error pages: they must render when the database is away (a look-up would fail, and wait for a
	 * connection first), so they go without the organization switcher.
	 */
	@ModelAttribute("myOrganizations")
	List<OrganizationSummary> myOrganizations(@AuthenticationPrincipal MemberPrincipal principal,
			HttpServletRequest request) {
		if (principal == null || request.getDispatcherType() == DispatcherType.ERROR) {
			return List.of();
		}
		return memberships.organizationsOf(principal.accountId());
	}

}
