package org.liminal.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pathway counted for the dashboard: people holding a current grant of each kind, a trainer of two modules
 * once, revoked and expired grants not at all, another organization's never.
 */
@WebTest
@Import({ CurriculumFixtures.class, PathwayFixtures.class })
class PathwayCountsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Qualifications qualifications;

	@Autowired
	PathwayCounts counts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	OrganizationSummary organization;

	Person organizer;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("pathway-counts");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
	}

	@Test
	void eachKindCountsThePeopleHoldingItToday() {
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		List<UUID> modules = as(() -> programs.latestPublished(programId).orElseThrow().modules())
			.stream()
			.map(ModuleView::key)
			.toList();
		UUID lead = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		UUID module = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", null));
		Person ana = fixtures.member(organization, OrganizationRole.TRAINER);
		Person ben = fixtures.member(organization, OrganizationRole.TRAINER);
		Person carla = fixtures.member(organization, OrganizationRole.TRAINER);
		as(() -> {
			// Ana presents both modules: one person. Ben's lead grant is revoked, Carla's has expired.
			grant(ana, module, modules.get(0));
			grant(ana, module, modules.get(1));
			grant(ben, module, modules.get(0));
			grant(ana, lead, null);
			UUID revoked = grant(ben, lead, null);
			qualifications.revoke(revoked, "Left the team", organizer.accountId(), 0);
			UUID expired = grant(carla, lead, null);
			jdbc.sql("update qualification set granted_on = ?, expires_on = ? where id = ?")
				.params(LocalDate.now().minusYears(2), LocalDate.now().minusDays(1), expired)
				.update();
			return null;
		});
		OrganizationSummary other = fixtures.organization("pathway-counts-other");
		UUID theirs = pathway.kind(other, PathwayFixtures.general("Lead trainer"));
		Person theirTrainer = fixtures.member(other, OrganizationRole.TRAINER);
		Person theirOrganizer = fixtures.member(other, OrganizationRole.ORGANIZER);
		TenantContext.runAsOrganization(other.id(), () -> qualifications.grant(theirTrainer.accountId(),
				new NewGrant(theirs, null, Evidence.none()), theirOrganizer.accountId()));

		List<KindHolders> holders = as(() -> counts.holders(LocalDate.now()));

		assertThat(holders).extracting(KindHolders::name, KindHolders::holders)
			.containsExactly(tuple("Lead trainer", 1),
					tuple("Module trainer", 2));
	}

	/**
	 * The lasting grants kept per kind (V25) stay equal to a recount through grants, a revocation, an expiry set
	 * afterwards, an erasure and a kind's deletion; the holders read from them stay right.
	 */
	@Test
	void lastingGrantsAreKeptAsGrantsChange() {
		UUID lead = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		UUID coach = pathway.kind(organization, PathwayFixtures.general("Coach"));
		List<Person> people = List.of(fixtures.member(organization, OrganizationRole.TRAINER),
				fixtures.member(organization, OrganizationRole.TRAINER),
				fixtures.member(organization, OrganizationRole.TRAINER),
				fixtures.member(organization, OrganizationRole.TRAINER));
		List<UUID> grants = as(() -> people.stream().map(person -> grant(person, lead, null)).toList());
		as(() -> grant(people.get(0), coach, null));
		assertLastingAsRecounted(lead, 4);

		as(() -> {
			qualifications.revoke(grants.get(1), "Moved away", organizer.accountId(), 0);
			return null;
		});
		assertLastingAsRecounted(lead, 3);

		// An expiry set afterwards: no longer lasting, still held until the day it expires.
		as(() -> jdbc.sql("update qualification set expires_on = ? where id = ?")
			.params(LocalDate.now().plusDays(30), grants.get(2))
			.update());
		assertLastingAsRecounted(lead, 2);
		assertThat(as(() -> counts.holders(LocalDate.now()))).extracting(KindHolders::name, KindHolders::holders)
			.containsExactly(tuple("Lead trainer", 3), tuple("Coach", 1));
		assertThat(as(() -> counts.holders(LocalDate.now().plusDays(30))))
			.extracting(KindHolders::name, KindHolders::holders)
			.containsExactly(tuple("Lead trainer", 2), tuple("Coach", 1));

		// An edit that leaves every grant as it was moves no count.
		as(() -> jdbc.sql("update qualification set evidence = 'Seen at the spring training' where kind_id = ?")
			.param(lead)
			.update());
		assertLastingAsRecounted(lead, 2);

		as(() -> jdbc.sql("delete from qualification where id = ?").param(grants.get(3)).update());
		assertLastingAsRecounted(lead, 1);
		assertLastingAsRecounted(coach, 1);

		as(() -> jdbc.sql("delete from qualification_kind where id = ?").param(coach).update());
		assertThat(as(() -> jdbc.sql("select count(*) from qualification_lasting where kind_id = ?").param(coach)
			.query(Integer.class)
			.single())).isZero();
	}

	private void assertLastingAsRecounted(UUID kindId, int lasting) {
		int recounted = as(() -> jdbc.sql("""
				select count(*) from qualification
				where kind_id = ? and revoked_at is null and replaced_at is null and expires_on is null""")
			.param(kindId)
			.query(Integer.class)
			.single());
		int kept = as(() -> jdbc.sql("select coalesce(sum(grants), 0) from qualification_lasting where kind_id = ?")
			.param(kindId)
			.query(Integer.class)
			.single());
		assertThat(kept).isEqualTo(recounted).isEqualTo(lasting);
	}

	private UUID grant(Person holder, UUID kindId, UUID moduleKey) {
		return qualifications.grant(holder.accountId(), new NewGrant(kindId, moduleKey, Evidence.none()),
				organizer.accountId());
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
