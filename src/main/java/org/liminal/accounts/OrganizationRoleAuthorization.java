package org.liminal.accounts;

import java.util.function.Supplier;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.OrganizationRole;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Grants a request when the signed-in person holds a role in the organization of the URL. */
final class OrganizationRoleAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private final OrganizationRole role;

	private OrganizationRoleAuthorization(OrganizationRole role) {
		this.role = role;
	}

	static OrganizationRoleAuthorization requires(OrganizationRole role) {
		return new OrganizationRoleAuthorization(role);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Object membership = context.getRequest().getAttribute(CurrentMembership.REQUEST_ATTRIBUTE);
		return new AuthorizationDecision(membership instanceof CurrentMembership current && current.has(role));
	}

}
