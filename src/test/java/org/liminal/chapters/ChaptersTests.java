package org.liminal.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;

/** Chapters with their time zones, leads and pools, as the organization's organizers shape them. */
@SpringBootTest
@Import(Fixtures.class)
class ChaptersTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	Fixtures fixtures;

	@Autowired
	Chapters chapters;

	@Autowired
	Memberships memberships;

	OrganizationSummary organization;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("chapters");
	}

	@Test
	void aCreatedChapterKeepsItsDetailsAndIsFoundBySlug() {
		UUID boston = create(" Boston ", "boston", NEW_YORK, " New England ");

		ChapterView chapter = as(() -> chapters.chapter(boston));
		assertThat(chapter.details()).isEqualTo(new ChapterDetails("Boston", "boston", NEW_YORK, "New England", true));
		assertThat(chapter.leads()).isEmpty();
		assertThat(chapter.pool()).isEmpty();
		assertThat(as(() -> chapters.idOf("boston"))).contains(boston);
	}

	@Test
	void chaptersAreNamedWithoutTheirPeopleAsTheFullViewNamesThem() {
		create("Chicago", "chicago", CHICAGO, "");
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		as(() -> chapters.change(boston, new ChapterDetails("Boston", "boston", NEW_YORK, "", false), 0));

		assertThat(as(chapters::names)).extracting(ChapterName::name, ChapterName::zone, ChapterName::active)
			.containsExactly(tuple("Boston", NEW_YORK, false), tuple("Chicago", CHICAGO, true));
		assertThat(as(chapters::names)).extracting(ChapterName::id)
			.containsExactlyElementsOf(as(chapters::all).stream().map(ChapterView::id).toList());
	}

	@Test
	void aSecondChapterWithTheSameSlugOrNameIsRefused() {
		create("Boston", "boston", NEW_YORK, "");

		assertRefused(() -> create("Boston South", "boston", NEW_YORK, ""), "slug", "chapter.error.slugTaken");
		assertRefused(() -> create("BOSTON", "boston-2", NEW_YORK, ""), "name", "chapter.error.nameTaken");
		assertThat(as(chapters::all)).extracting(ChapterView::name).containsExactly("Boston");
	}

	@Test
	void aChapterMayKeepItsOwnSlugAndNameButNotTakeAnothers() {
		create("Boston", "boston", NEW_YORK, "");
		UUID chicago = create("Chicago", "chicago", CHICAGO, "");

		as(() -> chapters.change(chicago, new ChapterDetails("chicago", "chicago", CHICAGO, "Midwest", false), 0));
		assertRefused(() -> as(() -> chapters.change(chicago, new ChapterDetails("Chicago", "boston", CHICAGO, "", true), 1)),
				"slug", "chapter.error.slugTaken");

		ChapterView saved = as(() -> chapters.chapter(chicago));
		assertThat(saved.details()).isEqualTo(new ChapterDetails("chicago", "chicago", CHICAGO, "Midwest", false));
	}

	@Test
	void detailsTheDatabaseWouldRefuseAreRefusedWithAReason() {
		assertRefused(() -> create("  ", "blank", NEW_YORK, ""), "name", "chapter.error.nameMissing");
		assertRefused(() -> create("x".repeat(121), "long", NEW_YORK, ""), "name", "chapter.error.nameSize");
		assertRefused(() -> create("Boston North", "Boston North", NEW_YORK, ""), "slug", "chapter.error.slug");
		assertRefused(() -> create("Boston North", "boston--north", NEW_YORK, ""), "slug", "chapter.error.slug");
		assertRefused(() -> create("Boston North", "boston-north", ZoneOffset.ofHours(-5), ""), "zone",
				"chapter.error.zone");
		assertRefused(() -> create("Boston North", "boston-north", NEW_YORK, "r".repeat(121)), "region",
				"chapter.error.regionSize");

		assertThat(as(chapters::all)).isEmpty();
	}

	@Test
	void aChangeFromAStaleVersionIsRefusedAndChangesNothing() {
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		as(() -> chapters.change(boston, new ChapterDetails("Boston", "boston", NEW_YORK, "New England", true), 0));

		assertThatThrownBy(() -> as(() -> chapters.change(boston,
				new ChapterDetails("Greater Boston", "boston", NEW_YORK, "", true), 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> as(() -> chapters.changePeople(boston, Set.of(), Set.of(), 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);

		ChapterView saved = as(() -> chapters.chapter(boston));
		assertThat(saved.name()).isEqualTo("Boston");
		assertThat(saved.region()).isEqualTo("New England");
	}

	@Test
	void changingTheLeadsOrPoolMakesOlderFormsStale() {
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);

		as(() -> chapters.changePeople(boston, Set.of(), Set.of(trainer.accountId()), 0));

		assertThatThrownBy(() -> as(() -> chapters.change(boston,
				new ChapterDetails("Boston", "boston", NEW_YORK, "", true), 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void aLeadMayLeadSeveralChapters() {
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		UUID chicago = create("Chicago", "chicago", CHICAGO, "");
		create("Mexico City", "ciudad-de-mexico", ZoneId.of("America/Mexico_City"), "");
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		Person otherLead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);

		as(() -> chapters.changePeople(boston, Set.of(lead.accountId()), Set.of(), 0));
		as(() -> chapters.changePeople(chicago, Set.of(lead.accountId(), otherLead.accountId()), Set.of(), 0));

		assertThat(as(() -> chapters.ledBy(lead.accountId()))).extracting(ChapterView::name)
			.containsExactly("Boston", "Chicago");
		assertThat(as(() -> chapters.ledBy(otherLead.accountId()))).extracting(ChapterView::name)
			.containsExactly("Chicago");
		assertThat(as(() -> chapters.chapter(chicago)).isLedBy(lead.accountId())).isTrue();
	}

	@Test
	void aTrainerOrCoachMayBeSharedBetweenPools() {
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		UUID chicago = create("Chicago", "chicago", CHICAGO, "");
		Person shared = fixtures.member(organization, OrganizationRole.TRAINER, OrganizationRole.COACH);
		Person coach = fixtures.member(organization, OrganizationRole.COACH);

		as(() -> chapters.changePeople(boston, Set.of(), Set.of(shared.accountId(), coach.accountId()), 0));
		as(() -> chapters.changePeople(chicago, Set.of(), Set.of(shared.accountId()), 0));

		org.liminal.chapters.Person sharedPerson = as(chapters::people).stream()
			.filter(person -> person.accountId().equals(shared.accountId()))
			.findFirst()
			.orElseThrow();
		assertThat(sharedPerson.poolChapterIds()).containsExactlyInAnyOrder(boston, chicago);
		assertThat(as(() -> chapters.chapter(boston)).pool()).extracting(org.liminal.chapters.Person::accountId)
			.containsExactlyInAnyOrder(shared.accountId(), coach.accountId());
		assertThat(as(() -> chapters.chapter(chicago)).pool()).extracting(org.liminal.chapters.Person::accountId)
			.containsExactly(shared.accountId());
	}

	@Test
	void onlyChapterLeadsLeadAndOnlyTrainersAndCoachesAreInPools() {
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		OrganizationSummary other = fixtures.organization("chapters-other");
		Person leadElsewhere = fixtures.member(other, OrganizationRole.CHAPTER_LEAD);

		assertRefused(() -> as(() -> chapters.changePeople(boston, Set.of(trainer.accountId()), Set.of(), 0)), "leads",
				"chapter.error.notALead");
		assertRefused(() -> as(() -> chapters.changePeople(boston, Set.of(), Set.of(lead.accountId()), 0)), "pool",
				"chapter.error.notInPool");
		assertRefused(() -> as(() -> chapters.changePeople(boston, Set.of(leadElsewhere.accountId()), Set.of(), 0)),
				"leads", "chapter.error.notALead");

		ChapterView saved = as(() -> chapters.chapter(boston));
		assertThat(saved.leads()).isEmpty();
		assertThat(saved.pool()).isEmpty();
		assertThat(saved.version()).isZero();
	}

	@Test
	void someoneWhoLeavesTheOrganizationLeavesItsLeadsAndPools() {
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		UUID chicago = create("Chicago", "chicago", CHICAGO, "");
		Person leaving = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD, OrganizationRole.TRAINER);
		Person staying = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD, OrganizationRole.COACH);
		Set<UUID> both = Set.of(leaving.accountId(), staying.accountId());
		as(() -> chapters.changePeople(boston, both, both, 0));
		as(() -> chapters.changePeople(chicago, Set.of(leaving.accountId()), Set.of(leaving.accountId()), 0));

		as(() -> memberships.remove(leaving.member().membershipId(), leaving.member().version()));

		ChapterView bostonNow = as(() -> chapters.chapter(boston));
		assertThat(bostonNow.leads()).extracting(org.liminal.chapters.Person::accountId)
			.containsExactly(staying.accountId());
		assertThat(bostonNow.pool()).extracting(org.liminal.chapters.Person::accountId)
			.containsExactly(staying.accountId());
		ChapterView chicagoNow = as(() -> chapters.chapter(chicago));
		assertThat(chicagoNow.leads()).isEmpty();
		assertThat(chicagoNow.pool()).isEmpty();
		assertThat(as(() -> chapters.ledBy(leaving.accountId()))).isEmpty();
	}

	@Test
	void theUsualZoneIsTheOneMostChaptersAreIn() {
		assertThat(as(chapters::usualZone)).isEmpty();

		create("Boston", "boston", NEW_YORK, "");
		create("Chicago", "chicago", CHICAGO, "");
		create("Minneapolis", "minneapolis", CHICAGO, "");

		assertThat(as(chapters::usualZone)).contains(CHICAGO);
	}

	@Test
	void anotherOrganizationsChapterIsNotFound() {
		UUID boston = create("Boston", "boston", NEW_YORK, "");
		OrganizationSummary other = fixtures.organization("chapters-other");

		assertThatThrownBy(() -> TenantContext.callAsOrganization(other.id(), () -> chapters.chapter(boston)))
			.isInstanceOf(ChapterNotFound.class);
		assertThatThrownBy(() -> TenantContext.runAsOrganization(other.id(),
				() -> chapters.change(boston, new ChapterDetails("Mine", "mine", NEW_YORK, "", true), 0)))
			.isInstanceOf(ChapterNotFound.class);
		assertThat(TenantContext.callAsOrganization(other.id(), () -> chapters.idOf("boston"))).isEmpty();
	}

	private UUID create(String name, String slug, ZoneId zone, String region) {
		return as(() -> chapters.create(new ChapterDetails(name, slug, zone, region, true)));
	}

	private static void assertRefused(Runnable change, String field, String messageKey) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(ChapterChangeRefused.class, refusal -> {
			assertThat(refusal.field()).isEqualTo(field);
			assertThat(refusal.messageKey()).isEqualTo(messageKey);
		});
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work::get);
	}

	private void as(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

}
