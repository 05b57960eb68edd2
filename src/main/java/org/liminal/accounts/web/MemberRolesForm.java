package org.liminal.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import org.liminal.organizations.OrganizationRole;

/** New roles for a member, with the version the organizer saw (to detect concurrent changes). */
public class MemberRolesForm {

	private Set<OrganizationRole> roles = EnumSet.noneOf(OrganizationRole.class);

	private long version;

	public Set<OrganizationRole> getRoles() {
		return roles;
	}

	public void setRoles(Set<OrganizationRole> roles) {
		this.roles = roles == null ? EnumSet.noneOf(OrganizationRole.class) : roles;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
