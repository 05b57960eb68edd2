package org.liminal.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.liminal.organizations.MemberPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Roles are per organization and resolved per request (see
 * {@code TenantResolutionFilter}), so the principal carries no global authorities. Kept in the session, which is
 * serialized into PostgreSQL: its fields are plain values, and its form is versioned so that a change to it is a
 * deliberate one (sessions written by the previous release would no longer be read).
 */
public final class LiminalUser implements UserDetails, CredentialsContainer, MemberPrincipal {

	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final String email;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	LiminalUser(Account account) {
		this.accountId = account.id();
		this.email = account.email();
		this.displayName = account.displayName();
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
	}

	@Override
	public UUID accountId() {
		return accountId;
	}

	public String getDisplayName() {
		return displayName;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
