package org.liminal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.liminal.notifications.Mailer;
import org.liminal.notifications.OutgoingMail;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.MembershipChangeRefused;
import org.liminal.organizations.OrganizationNotFoundException;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.PublicLinks;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organizers invite people by email; the emailed link is single-use and expires. Accepting creates the
 * account (name and password) when the email has none, and adds the membership.
 */
@Service
public class Invitations {

	static final String LINK_PURPOSE = "invitation";

	private final InvitationRepository invitations;

	private final AccountRepository accounts;

	private final Memberships memberships;

	private final Organizations organizations;

	private final PublicLinks publicLinks;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final Duration validity;

	private final String baseUrl;

	private final TransactionTemplate transactions;

	Invitations(InvitationRepository invitations, AccountRepository accounts, Memberships memberships,
			Organizations organizations, PublicLinks publicLinks, Mailer mailer, MessageSource messages,
			PasswordEncoder passwordEncoder, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${liminal.accounts.invitation-validity}") Duration validity,
			@Value("${liminal.base-url}") String baseUrl) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.memberships = memberships;
		this.organizations = organizations;
		this.publicLinks = publicLinks;
		this.mailer = mailer;
		this.messages = messages;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.validity = validity;
		this.baseUrl = baseUrl;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Invites an email to the current organization and mails the link. A newer invitation for the same
	 * email replaces a pending one.
	 * @return the link, for operators who create an organization from the command line
	 */
	@Transactional
	public String invite(String email, Set<OrganizationRole> roles, UUID invitedBy, Locale locale) {
		Optional<Account> existing = accounts.findByEmail(Emails.normalize(email));
		if (existing.isPresent() && memberships.rolesOf(existing.get().id()).isPresent()) {
			throw new MembershipChangeRefused("members.error.alreadyMember");
		}
		Instant now = clock.instant();
		invitations.findPendingFor(email, now).forEach(pending -> pending.revoke(now));
		String token = PublicLinks.newToken();
		invitations.save(new Invitation(email, roles, PublicLinks.hash(token), invitedBy, now, now.plus(validity)));
		publicLinks.register(LINK_PURPOSE, token);
		String link = baseUrl + "/invitations/" + token;
		OrganizationSummary organization = organizations.findById(TenantContext.requireOrganizationId())
			.orElseThrow(OrganizationNotFoundException::new);
		mailer.send(new OutgoingMail(Emails.normalize(email),
				messages.getMessage("mail.invitation.subject", new Object[] { organization.name() }, locale),
				messages.getMessage("mail.invitation.body",
						new Object[] { organization.name(), link, validity.toDays() }, locale)));
		return link;
	}

	@Transactional(readOnly = true)
	public List<PendingInvitation> pending() {
		return invitations.findPending(clock.instant())
			.stream()
			.map(i -> new PendingInvitation(i.id(), i.email(), i.roles(), i.expiresAt()))
			.toList();
	}

	@Transactional
	public void revoke(UUID invitationId) {
		invitations.findById(invitationId)
			.orElseThrow(OrganizationNotFoundException::new)
			.revoke(clock.instant());
	}

	/** The invitation behind a link, if the link is genuine (used or expired ones included). */
	public Optional<InvitationView> find(String token) {
		return publicLinks.organizationOf(LINK_PURPOSE, token)
			.flatMap(organizationId -> TenantContext.callAsOrganization(organizationId,
					() -> view(organizationId, token)));
	}

	private Optional<InvitationView> view(UUID organizationId, String token) {
		OrganizationSummary organization = organizations.findById(organizationId).orElseThrow();
		return invitations.findByTokenHash(PublicLinks.hash(token))
			.map(invitation -> new InvitationView(organization, invitation.email(), invitation.roles(),
					invitation.status(clock.instant()) == Invitation.Status.PENDING,
					accounts.findByEmail(invitation.email()).isPresent()));
	}

	/** Accepts as a newcomer: creates the account with the chosen name and password. */
	public OrganizationSummary acceptAsNewcomer(String token, String displayName, String rawPassword) {
		return withInvitation(token, (invitation, organization) -> {
			if (accounts.findByEmail(invitation.email()).isPresent()) {
				throw new InvitationNotUsable();
			}
			Account account = accounts.save(new Account(invitation.email(), displayName,
					passwordEncoder.encode(rawPassword), clock.instant()));
			invitation.accept(clock.instant());
			memberships.grant(account.id(), invitation.roles());
			return organization;
		});
	}

	/** Accepts as the signed-in person, who must own the invited email. */
	public OrganizationSummary acceptAsMember(String token, UUID accountId) {
		return withInvitation(token, (invitation, organization) -> {
			Account account = accounts.findById(accountId).orElseThrow(InvitationNotUsable::new);
			if (!account.email().equals(invitation.email())) {
				throw new InvitationNotUsable();
			}
			invitation.accept(clock.instant());
			memberships.grant(account.id(), invitation.roles());
			return organization;
		});
	}

	private OrganizationSummary withInvitation(String token,
			BiFunction<Invitation, OrganizationSummary, OrganizationSummary> work) {
		UUID organizationId = publicLinks.organizationOf(LINK_PURPOSE, token).orElseThrow(InvitationNotUsable::new);
		// The tenant must be set before the transaction takes its connection (row-level security).
		return TenantContext.callAsOrganization(organizationId, () -> transactions.execute(status -> {
			Invitation invitation = invitations.findByTokenHash(PublicLinks.hash(token))
				.orElseThrow(InvitationNotUsable::new);
			return work.apply(invitation, organizations.findById(organizationId).orElseThrow());
		}));
	}

}
