package org.liminal.accounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.OrganizationRole;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Grants a request when the signed-in person holds one of the roles in the organization of the URL. */
final class OrganizationRoleAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private final Set<OrganizationRole> roles;

	private OrganizationRoleAuthorization(Set<OrganizationRole> roles) {
		this.roles = roles;
	}

	static OrganizationRoleAuthorization requires(OrganizationRole role, OrganizationRole... orRoles) {
		return new OrganizationRoleAuthorization(EnumSet.of(role, orRoles));
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Object membership = context.getRequest().getAttribute(CurrentMembership.REQUEST_ATTRIBUTE);
		return new AuthorizationDecision(membership instanceof CurrentMembership current && current.roles().stream().anyMatch(roles::contains));
	}

}
