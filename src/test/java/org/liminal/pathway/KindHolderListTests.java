package org.liminal.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.QueryCounter;
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
 * The people behind a step of the pathway: those who hold the kind today, each once, by name and a page at a time,
 * as many as the dashboard counts.
 */
@WebTest
@Import({ CurriculumFixtures.class, PathwayFixtures.class, QueryCounter.class })
class KindHolderListTests {

	static final LocalDate TODAY = LocalDate.now();

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
	KindHolderList list;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	OrganizationSummary organization;

	Person organizer;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("kind-holders");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
	}

	@Test
	void listsTheCurrentHoldersOnlyEachOnceAsManyAsTheDashboardCounts() {
		List<UUID> modules = Stream.of("Core training", "Upgrade")
			.map(name -> curriculum.publishedProgram(organization, name))
			.flatMap(programId -> as(() -> programs.latestPublished(programId).orElseThrow().modules()).stream())
			.map(ModuleView::key)
			.toList();
		UUID lead = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		UUID module = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", null));
		Person ana = fixtures.member(organization, OrganizationRole.TRAINER);
		Person ben = fixtures.member(organization, OrganizationRole.TRAINER);
		Person carla = fixtures.member(organization, OrganizationRole.TRAINER);
		Person dora = fixtures.member(organization, OrganizationRole.TRAINER);
		as(() -> {
			// Ana presents three modules: one person. Ben's lead grant is revoked, Carla's has expired, Dora's was
			// renewed: only the renewal holds.
			grant(ana, module, modules.get(0));
			grant(ana, module, modules.get(1));
			grant(ana, module, modules.get(2));
			grant(ben, module, modules.get(0));
			grant(ana, lead, null);
			UUID revoked = grant(ben, lead, null);
			qualifications.revoke(revoked, "Left the team", organizer.accountId(), 0);
			expire(grant(carla, lead, null));
			UUID lapsed = grant(dora, lead, null);
			expire(lapsed);
			qualifications.renew(lapsed, Evidence.none(), organizer.accountId(), 1);
			return null;
		});

		HolderPage moduleTrainers = as(() -> list.page(module, TODAY, 1));
		HolderPage leads = as(() -> list.page(lead, TODAY, 1));

		assertThat(moduleTrainers.holders()).extracting(KindHolder::name, KindHolder::accountId, KindHolder::modules)
			.containsExactlyInAnyOrder(
					tuple(name(ana), ana.accountId(), List.of("Story of self", "Story of self", "Theory of change")),
					tuple(name(ben), ben.accountId(), List.of("Story of self")));
		assertThat(leads.holders()).extracting(KindHolder::name, KindHolder::sources, KindHolder::expiresOn)
			.containsExactlyInAnyOrder(tuple(name(ana), List.of(GrantSource.GRANTED), null),
					tuple(name(dora), List.of(GrantSource.RENEWAL), null));
		List<KindHolders> figures = as(() -> counts.holders(TODAY));
		assertThat(figures).extracting(KindHolders::kindId, KindHolders::holders)
			.containsExactly(tuple(lead, (int) leads.total()), tuple(module, (int) moduleTrainers.total()));
		assertThat(moduleTrainers.total()).isEqualTo(2);
		assertThat(leads.total()).isEqualTo(2);
	}

	@Test
	void pagesGoByNameAndAPageBeyondTheListShowsTheLastOne() {
		UUID coach = pathway.kind(organization, PathwayFixtures.general("Coach"));
		int people = KindHolderList.PAGE_SIZE + 3;
		holdersWithoutAccounts(coach, people);

		HolderPage first = as(() -> list.page(coach, TODAY, 1));
		HolderPage second = as(() -> list.page(coach, TODAY, 2));
		HolderPage beyond = as(() -> list.page(coach, TODAY, 9));

		assertThat(first.total()).isEqualTo(people);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.holders()).hasSize(KindHolderList.PAGE_SIZE)
			.first()
			.satisfies(holder -> {
				assertThat(holder.name()).isEqualTo("Holder 001");
				assertThat(holder.accountId()).isNull();
				assertThat(holder.sources()).containsExactly(GrantSource.ATTENDANCE);
			});
		assertThat(second.holders()).extracting(KindHolder::name)
			.containsExactly("Holder 051", "Holder 052", "Holder 053");
		assertThat(beyond.page()).isEqualTo(2);
		assertThat(beyond.holders()).isEqualTo(second.holders());
	}

	@Test
	void aPageTakesTheSameStatementsHoweverManyHoldIt() {
		List<UUID> modules = as(() -> programs
			.latestPublished(curriculum.publishedProgram(organization, "Core training"))
			.orElseThrow()
			.modules()).stream().map(ModuleView::key).toList();
		UUID module = pathway.kind(organization, PathwayFixtures.perModule("Module trainer", null));
		Person ana = fixtures.member(organization, OrganizationRole.TRAINER);
		as(() -> grant(ana, module, modules.get(0)));
		int few = statements(module);

		for (int i = 0; i < 5; i++) {
			Person another = fixtures.member(organization, OrganizationRole.TRAINER);
			as(() -> grant(another, module, modules.get(0)));
			as(() -> grant(another, module, modules.get(1)));
		}

		assertThat(statements(module)).isEqualTo(few).isLessThanOrEqualTo(3);
	}

	private int statements(UUID kindId) {
		QueryCounter.reset();
		as(() -> list.page(kindId, TODAY, 1));
		return QueryCounter.count();
	}

	/** Participants granted the kind by attending, named so that their order by name is their number's. */
	private void holdersWithoutAccounts(UUID kindId, int count) {
		TenantContext.runAsOrganization(organization.id(), () -> jdbc.sql("""
				insert into qualification (id, organization_id, kind_id, holder_email, holder_name, granted_on,
				                           granted_at, source)
				select gen_random_uuid(), ?, ?, 'holder' || n || '@test.example', 'Holder ' || lpad(n::text, 3, '0'),
				       ?, now(), 'ATTENDANCE'
				from generate_series(1, ?) n""")
			.params(organization.id(), kindId, TODAY.minusMonths(1), count)
			.update());
	}

	private void expire(UUID qualificationId) {
		jdbc.sql("update qualification set granted_on = ?, expires_on = ?, version = version + 1 where id = ?")
			.params(TODAY.minusYears(2), TODAY.minusDays(3), qualificationId)
			.update();
	}

	private UUID grant(Person holder, UUID kindId, UUID moduleKey) {
		return qualifications.grant(holder.accountId(), new NewGrant(kindId, moduleKey, Evidence.none()),
				organizer.accountId());
	}

	private static String name(Person person) {
		return person.account().displayName();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
