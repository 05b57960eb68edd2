package org.liminal.demo;

import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.liminal.accounts.Accounts;
import org.liminal.accounts.AccountSummary;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds organization {@code demo} ("Demo Movement") with a person for every role, a curriculum (see
 * {@link DemoCurriculum}), chapters with their trainings (see {@link DemoTrainings}), their checklists worked
 * as teams would (see {@link DemoPreparation}), their run-throughs and coaches' feedback (see
 * {@link DemoCoaching}), badges on the pathway (see {@link DemoPathway}) and participants with their teams and
 * next steps (see {@link DemoParticipants}), and organization {@code other} ("Other Movement") to show that organizations never see each other. Runs once: an existing
 * {@code demo} organization only gets the curriculum, chapters and trainings it does not hold yet. Never enable
 * the {@code demo} profile in production.
 */
@Component
@Profile("demo & !operator")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	private static final Log log = LogFactory.getLog(DemoData.class);

	private final Organizations organizations;

	private final Memberships memberships;

	private final Accounts accounts;

	private final DemoCurriculum curriculum;

	private final DemoTrainings trainings;

	private final DemoPreparation preparation;

	private final DemoCoaching coaching;

	private final DemoPathway pathway;

	private final DemoParticipants participants;

	DemoData(Organizations organizations, Memberships memberships, Accounts accounts, DemoCurriculum curriculum,
			DemoTrainings trainings, DemoPreparation preparation, DemoCoaching coaching, DemoPathway pathway,
			DemoParticipants participants) {
		this.participants = participants;
		this.coaching = coaching;
		this.pathway = pathway;
		this.organizations = organizations;
		this.memberships = memberships;
		this.accounts = accounts;
		this.curriculum = curriculum;
		this.trainings = trainings;
		this.preparation = preparation;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<OrganizationSummary> existing = organizations.findBySlug("demo");
		if (existing.isPresent()) {
			seedWhatIsMissing(existing.get());
			return;
		}
		OrganizationSummary demo = organizations.create("demo", "Demo Movement");
		member(demo, "organizer@demo.test", "Olivia Organizer", OrganizationRole.ORGANIZER);
		member(demo, "lead@demo.test", "Luis Lead", OrganizationRole.CHAPTER_LEAD);
		member(demo, "trainer@demo.test", "Tamara Trainer", OrganizationRole.TRAINER);
		member(demo, "coach@demo.test", "Carlos Coach", OrganizationRole.COACH);
		seedWhatIsMissing(demo);
		OrganizationSummary other = organizations.create("other", "Other Movement");
		member(other, "organizer@other.test", "Omar Organizer", OrganizationRole.ORGANIZER);
		log.info("Demo data ready: sign in as organizer@demo.test (or lead@, lead.chicago@, trainer@, coach@demo.test, "
				+ "organizer@other.test) with password '" + PASSWORD + "'");
	}

	/**
	 * The curriculum first: the trainings run its programs; then their checklists, generated once the trainings'
	 * transaction committed. Each is one transaction.
	 */
	private void seedWhatIsMissing(OrganizationSummary demo) {
		TenantContext.runAsOrganization(demo.id(), curriculum::seedUnlessPresent);
		TenantContext.runAsOrganization(demo.id(), trainings::seedUnlessPresent);
		TenantContext.runAsOrganization(demo.id(), preparation::seedUnlessPresent);
		TenantContext.runAsOrganization(demo.id(), coaching::seedUnlessPresent);
		TenantContext.runAsOrganization(demo.id(), pathway::seedUnlessPresent);
		TenantContext.runAsOrganization(demo.id(), participants::seedUnlessPresent);
	}

	private void member(OrganizationSummary organization, String email, String name, OrganizationRole role) {
		AccountSummary account = accounts.findOrCreate(email, name, PASSWORD);
		TenantContext.runAsOrganization(organization.id(), () -> memberships.grant(account.id(), Set.of(role)));
	}

}
