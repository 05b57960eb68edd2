package org.liminal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.liminal.accounts.Accounts;
import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Invitations;
import org.liminal.accounts.PendingInvitation;
import org.liminal.organizations.Member;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Builds organizations and people for tests. Every name is unique, because all test classes share one
 * database.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct-horse-battery";

	private final Organizations organizations;

	private final Accounts accounts;

	private final Memberships memberships;

	private final Invitations invitations;

	Fixtures(Organizations organizations, Accounts accounts, Memberships memberships, Invitations invitations) {
		this.organizations = organizations;
		this.accounts = accounts;
		this.memberships = memberships;
		this.invitations = invitations;
	}

	/** Pending invitations of the organization in {@link TenantContext}. */
	public List<PendingInvitation> pendingInvitations() {
		return invitations.pending();
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public OrganizationSummary organization(String prefix) {
		return organizations.create(unique(prefix), "Org " + prefix);
	}

	public Person member(OrganizationSummary organization, OrganizationRole... roles) {
		String email = unique(roles[0].name().toLowerCase(Locale.ROOT)) + "@test.example";
		AccountSummary account = accounts.findOrCreate(email, "Person " + email, PASSWORD);
		return join(organization, account, roles);
	}

	public Person join(OrganizationSummary organization, AccountSummary account, OrganizationRole... roles) {
		Member member = TenantContext.callAsOrganization(organization.id(),
				() -> memberships.grant(account.id(), Set.of(roles)));
		return new Person(account, member);
	}

	/** Someone with an account and a membership, as tests need them. */
	public record Person(AccountSummary account, Member member) {

		public String email() {
			return account.email();
		}

		public UUID accountId() {
			return account.id();
		}

	}

}
