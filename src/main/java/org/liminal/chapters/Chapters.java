package org.liminal.chapters;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.organizations.Member;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's chapters, their leads and their pools of trainers and coaches. Works on the
 * organization in the tenant context.
 */
@Service
public class Chapters {

	public static final int MAX_NAME_LENGTH = 120;

	public static final int MAX_REGION_LENGTH = 120;

	private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER);

	private final ChapterRepository chapters;

	private final Memberships memberships;

	private final Accounts accounts;

	private final Clock clock;

	private final JdbcClient jdbc;

	Chapters(ChapterRepository chapters, Memberships memberships, Accounts accounts, Clock clock, JdbcClient jdbc) {
		this.chapters = chapters;
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Every chapter, active or not, by name. */
	@Transactional(readOnly = true)
	public List<ChapterView> all() {
		List<Chapter> all = chapters.findAllWithPeople();
		Map<UUID, Person> people = peopleById(all);
		return all.stream().map(chapter -> view(chapter, people)).toList();
	}

	/**
	 * Every chapter's name and time zone, by name, in one statement: for pages that name chapters but need not
	 * their people (the public pages, which a surge of sign-ups loads thousands of times a minute).
	 */
	@Transactional(readOnly = true)
	public List<ChapterName> names() {
		// Plain SQL: as a JPA query, Hibernate translating it took a twentieth of a surge's CPU (docs/performance.md).
		return jdbc.sql("select id, name, time_zone, active from chapter order by lower(name)")
			.query((row, number) -> new ChapterName(row.getObject("id", UUID.class), row.getString("name"),
					ZoneId.of(row.getString("time_zone")), row.getBoolean("active")))
			.list();
	}

	/**
	 * The chapters a person leads, by name, without their people, in one statement: for pages that only need to
	 * know which chapters are theirs.
	 */
	@Transactional(readOnly = true)
	public List<ChapterName> namesLedBy(UUID accountId) {
		return jdbc.sql("""
				select c.id, c.name, c.time_zone, c.active from chapter c
				where exists (select 1 from chapter_lead l where l.chapter_id = c.id and l.account_id = ?)
				order by lower(c.name)""")
			.param(accountId)
			.query((row, number) -> new ChapterName(row.getObject("id", UUID.class), row.getString("name"),
					ZoneId.of(row.getString("time_zone")), row.getBoolean("active")))
			.list();
	}

	@Transactional(readOnly = true)
	public ChapterView chapter(UUID chapterId) {
		return all().stream()
			.filter(chapter -> chapter.id().equals(chapterId))
			.findFirst()
			.orElseThrow(ChapterNotFound::new);
	}

	@Transactional(readOnly = true)
	public Optional<UUID> idOf(String slug) {
		return chapters.findBySlug(slug).map(Chapter::id);
	}

	/** The chapters a person leads, by name. */
	@Transactional(readOnly = true)
	public List<ChapterView> ledBy(UUID accountId) {
		return all().stream().filter(chapter -> chapter.isLedBy(accountId)).toList();
	}

	/**
	 * Everyone in the organization, by name, with the chapter pools they are in: the candidates for leading
	 * chapters and staffing trainings.
	 */
	@Transactional(readOnly = true)
	public List<Person> people() {
		return peopleById(chapters.findAllWithPeople()).values().stream().sorted(BY_NAME).toList();
	}

	/** The time zone most of the organization's chapters are in, if it has any: the likely zone of a new one. */
	@Transactional(readOnly = true)
	public Optional<ZoneId> usualZone() {
		return chapters.zonesByUse().stream().findFirst().map(ZoneId::of);
	}

	@Transactional
	public UUID create(ChapterDetails details) {
		refuseInvalid(details);
		refuseDuplicates(details, null);
		return chapters.save(new Chapter(details, clock.instant())).id();
	}

	@Transactional
	public void change(UUID chapterId, ChapterDetails details, long expectedVersion) {
		refuseInvalid(details);
		Chapter chapter = current(chapterId, expectedVersion);
		refuseDuplicates(details, chapterId);
		chapter.change(details);
	}

	/**
	 * Sets who leads the chapter and who is in its pool. Leads must hold the chapter lead role; the pool
	 * takes trainers and coaches.
	 */
	@Transactional
	public void changePeople(UUID chapterId, Set<UUID> leads, Set<UUID> pool, long expectedVersion) {
		Chapter chapter = current(chapterId, expectedVersion);
		Map<UUID, Member> members = new HashMap<>();
		memberships.members().forEach(member -> members.put(member.accountId(), member));
		for (UUID lead : leads) {
			if (!holds(members.get(lead), OrganizationRole.CHAPTER_LEAD)) {
				throw new ChapterChangeRefused("leads", "chapter.error.notALead");
			}
		}
		for (UUID member : pool) {
			if (!holds(members.get(member), OrganizationRole.TRAINER) && !holds(members.get(member), OrganizationRole.COACH)) {
				throw new ChapterChangeRefused("pool", "chapter.error.notInPool");
			}
		}
		chapter.changeLeads(leads);
		chapter.changePool(pool);
	}

	private static boolean holds(Member member, OrganizationRole role) {
		return member != null && member.roles().contains(role);
	}

	private Chapter current(UUID chapterId, long expectedVersion) {
		Chapter chapter = chapters.findWithPeople(chapterId).orElseThrow(ChapterNotFound::new);
		if (chapter.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Chapter " + chapterId + " changed meanwhile");
		}
		return chapter;
	}

	/** What the database would refuse anyway, refused first with a reason people can act on. */
	private static void refuseInvalid(ChapterDetails details) {
		String name = details.name() == null ? "" : details.name().strip();
		if (name.isEmpty()) {
			throw new ChapterChangeRefused("name", "chapter.error.nameMissing");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new ChapterChangeRefused("name", "chapter.error.nameSize");
		}
		if (details.slug() == null || !ChapterSlugs.isValid(details.slug().strip())) {
			throw new ChapterChangeRefused("slug", "chapter.error.slug");
		}
		if (details.zone() == null || !ZoneId.getAvailableZoneIds().contains(details.zone().getId())) {
			throw new ChapterChangeRefused("zone", "chapter.error.zone");
		}
		if (details.region() != null && details.region().strip().length() > MAX_REGION_LENGTH) {
			throw new ChapterChangeRefused("region", "chapter.error.regionSize");
		}
	}

	private void refuseDuplicates(ChapterDetails details, UUID self) {
		chapters.findBySlug(details.slug().strip())
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw new ChapterChangeRefused("slug", "chapter.error.slugTaken");
			});
		chapters.findByNameIgnoringCase(details.name().strip())
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw new ChapterChangeRefused("name", "chapter.error.nameTaken");
			});
	}

	private Map<UUID, Person> peopleById(List<Chapter> all) {
		Map<UUID, Set<UUID>> pools = new HashMap<>();
		for (Chapter chapter : all) {
			chapter.poolAccountIds()
				.forEach(account -> pools.computeIfAbsent(account, id -> new HashSet<>()).add(chapter.id()));
		}
		List<Member> members = memberships.members();
		Map<UUID, AccountSummary> names = accounts.findAll(members.stream().map(Member::accountId).toList());
		Map<UUID, Person> people = new HashMap<>();
		for (Member member : members) {
			AccountSummary account = names.get(member.accountId());
			people.put(member.accountId(), new Person(member.accountId(), account.displayName(), account.email(),
					member.roles(), Set.copyOf(pools.getOrDefault(member.accountId(), Set.of()))));
		}
		return people;
	}

	private static ChapterView view(Chapter chapter, Map<UUID, Person> people) {
		return new ChapterView(chapter.id(), chapter.name(), chapter.slug(), chapter.zone(), chapter.region(),
				chapter.active(), named(chapter.leadAccountIds(), people), named(chapter.poolAccountIds(), people),
				chapter.version());
	}

	private static List<Person> named(Set<UUID> accountIds, Map<UUID, Person> people) {
		return accountIds.stream().map(people::get).filter(java.util.Objects::nonNull).sorted(BY_NAME).toList();
	}

}
