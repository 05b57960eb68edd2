package org.liminal.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.liminal.organizations.OrganizationRole;

/** An organizer inviting someone: their email and the roles they will have. */
public class InviteForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email = "";

	@NotEmpty(message = "{members.error.noRole}")
	private Set<OrganizationRole> roles = EnumSet.noneOf(OrganizationRole.class);

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.strip();
	}

	public Set<OrganizationRole> getRoles() {
		return roles;
	}

	public void setRoles(Set<OrganizationRole> roles) {
		this.roles = roles == null ? EnumSet.noneOf(OrganizationRole.class) : roles;
	}

}
