package org.liminal.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.TestDatabase;
import org.liminal.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tenant rule, proven at both layers: PostgreSQL row-level security (even a hand-written query
 * cannot cross organizations) and the application's single Hibernate tenant filter.
 */
@WebTest
class TenancyTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Memberships memberships;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	JdbcTemplate jdbc;

	OrganizationSummary a;

	OrganizationSummary b;

	Person memberOfA;

	Person memberOfB;

	@BeforeEach
	void twoOrganizations() {
		jdbc = new JdbcTemplate(dataSource);
		a = fixtures.organization("tenancy-a");
		b = fixtures.organization("tenancy-b");
		memberOfA = fixtures.member(a, OrganizationRole.ORGANIZER);
		memberOfB = fixtures.member(b, OrganizationRole.ORGANIZER);
	}

	@Test
	void rawQueryWithoutOrganizationSeesNoTenantRows() {
		assertThat(jdbc.queryForObject("select count(*) from membership", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from invitation", Long.class)).isZero();
	}

	@Test
	void rawQueryWithOrganizationSeesOnlyThatOrganizationsRows() {
		List<UUID> organizationsSeen = TenantContext.callAsOrganization(a.id(),
				() -> jdbc.queryForList("select organization_id from membership", UUID.class));

		assertThat(organizationsSeen).isNotEmpty().containsOnly(a.id());
	}

	@Test
	void theRowsReallyExistForSomeoneWhoBypassesSecurity() throws Exception {
		// Guards the two tests above against passing on an empty table.
		try (Connection superuser = TestDatabase.get().superuserConnection();
				Statement statement = superuser.createStatement();
				ResultSet rows = statement.executeQuery("select count(distinct organization_id) from membership "
						+ "where organization_id in ('" + a.id() + "', '" + b.id() + "')")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(2);
		}
	}

	@Test
	void rawInsertIntoAnotherOrganizationIsRefused() {
		assertThatThrownBy(() -> TenantContext.runAsOrganization(a.id(),
				() -> jdbc.update("insert into membership (id, organization_id, account_id, roles, created_at) "
						+ "values (?, ?, ?, '{TRAINER}', now())", UUID.randomUUID(), b.id(), memberOfA.accountId())))
			.rootCause()
			.hasMessageContaining("row-level security");
	}

	@Test
	void theTenantCannotChangeInsideATransaction() {
		var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);

		assertThatThrownBy(() -> transactions.executeWithoutResult(
				status -> TenantContext.runAsOrganization(a.id(), memberships::members)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void rawUpdateCannotReachAnotherOrganization() {
		int updated = TenantContext.callAsOrganization(a.id(),
				() -> jdbc.update("update membership set roles = '{TRAINER}' where organization_id = ?", b.id()));

		assertThat(updated).isZero();
	}

	@Test
	void anAccountSeesItsOwnMembershipsAcrossOrganizationsAndNoOneElses() {
		fixtures.join(b, memberOfA.account(), OrganizationRole.COACH);

		assertThat(memberships.organizationsOf(memberOfA.accountId())).extracting(OrganizationSummary::id)
			.containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(memberships.organizationsOf(memberOfB.accountId())).extracting(OrganizationSummary::id)
			.containsExactly(b.id());
	}

	@Test
	void theApplicationFilterShowsOnlyTheCurrentOrganizationsMembers() {
		List<Member> membersOfA = TenantContext.callAsOrganization(a.id(), memberships::members);

		assertThat(membersOfA).extracting(Member::accountId).containsExactly(memberOfA.accountId());
	}

	@Test
	void aMembershipOfAnotherOrganizationIsNotFoundById() {
		assertThat(TenantContext.callAsOrganization(a.id(), () -> memberships.member(memberOfB.member().membershipId())))
			.isEmpty();
	}

	@Test
	void theApplicationConnectsAsAPlainRole() {
		var role = jdbc.queryForMap("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
		String tableOwner = jdbc.queryForObject("select tableowner from pg_tables where tablename = 'membership'",
				String.class);

		assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
		assertThat(tableOwner).isNotEqualTo(jdbc.queryForObject("select current_user", String.class));
	}

	@Test
	void everyTenantTableHasForcedRowLevelSecurity() {
		List<String> unprotected = jdbc.queryForList("""
				select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid
				where a.attname = 'organization_id' and c.relkind = 'r'
				  and c.relnamespace = 'public'::regnamespace
				  and c.relname <> 'public_link'
				  and not (c.relrowsecurity and c.relforcerowsecurity)""", String.class);

		assertThat(unprotected).as("tenant tables without forced row-level security").isEmpty();
	}

	@Test
	void aPooledConnectionNeverKeepsThePreviousTenant() {
		TenantContext.runAsOrganization(a.id(), () -> jdbc.queryForObject("select 1", Integer.class));

		assertThat(jdbc.queryForObject("select current_setting('app.organization_id', true)", String.class)).isEmpty();
	}

}
