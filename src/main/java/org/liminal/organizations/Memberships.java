package org.liminal.organizations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liminal.shared.RecordRows;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which organization, with which roles. Everything but {@link #organizationsOf}
 * works on the organization in {@link TenantContext}.
 */
@Service
public class Memberships {

	private final MembershipRepository memberships;

	private final OrganizationRepository organizations;

	private final JdbcClient jdbc;

	private final Clock clock;

	Memberships(MembershipRepository memberships, OrganizationRepository organizations, JdbcClient jdbc,
			Clock clock) {
		this.memberships = memberships;
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The organizations an account belongs to, by name; row-level security lets an account see its own.
	 * Not transactional: the account must be set before a connection is taken.
	 */
	public List<OrganizationSummary> organizationsOf(UUID accountId) {
		return TenantContext.callAsAccount(accountId, () -> jdbc.sql("""
				select o.id, o.slug, o.name from membership m join organization o on o.id = m.organization_id
				where m.account_id = :account order by o.name""")
			.param("account", accountId)
			.query(RecordRows.of(OrganizationSummary.class))
			.list());
	}

	@Transactional(readOnly = true)
	public Optional<Set<OrganizationRole>> rolesOf(UUID accountId) {
		return memberships.findByAccountId(accountId).map(Membership::roles);
	}

	@Transactional(readOnly = true)
	public List<Member> members() {
		return memberships.findAllByOrderByCreatedAt().stream().map(Membership::toMember).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Member> member(UUID membershipId) {
		return memberships.findById(membershipId).map(Membership::toMember);
	}

	/** Adds an account to the current organization, or adds roles to its existing membership. */
	@Transactional
	public Member grant(UUID accountId, Set<OrganizationRole> roles) {
		Membership membership = memberships.findByAccountId(accountId)
			.map(existing -> {
				existing.addRoles(roles);
				return existing;
			})
			.orElseGet(() -> memberships.save(new Membership(accountId, roles, clock.instant())));
		return membership.toMember();
	}

	/**
	 * Changes a member's roles, refusing when someone else changed them since {@code expectedVersion}
	 * or when the organization would be left without an organizer.
	 */
	@Transactional
	public void changeRoles(UUID membershipId, Set<OrganizationRole> roles, long expectedVersion) {
		Membership membership = lockedMembership(membershipId, expectedVersion);
		if (membership.isOrganizer() && !roles.contains(OrganizationRole.ORGANIZER)) {
			refuseIfLastOrganizer();
		}
		membership.changeRoles(roles);
	}

	@Transactional
	public void remove(UUID membershipId, long expectedVersion) {
		Membership membership = lockedMembership(membershipId, expectedVersion);
		if (membership.isOrganizer()) {
			refuseIfLastOrganizer();
		}
		memberships.delete(membership);
	}

	private Membership lockedMembership(UUID membershipId, long expectedVersion) {
		// Lock the organization first so that two organizers removing each other cannot both succeed.
		organizations.lockById(TenantContext.requireOrganizationId()).orElseThrow(OrganizationNotFoundException::new);
		Membership membership = memberships.findById(membershipId).orElseThrow(OrganizationNotFoundException::new);
		if (membership.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Membership " + membershipId + " changed meanwhile");
		}
		return membership;
	}

	private void refuseIfLastOrganizer() {
		if (memberships.countOrganizers() <= 1) {
			throw new MembershipChangeRefused("members.error.lastOrganizer");
		}
	}

}
