package org.liminal.participants;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.Member;
import org.liminal.organizations.Memberships;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's people, one per email: everyone who signed up or was imported (their {@link Person}
 * record) and the members of the organization. Their history is read across trainings by email, and erasing
 * a person anonymizes their registrations while keeping their statuses, so that every count stays right.
 */
@Service
public class People {

	/** What an erased registration is called; pages show it translated, from {@code erasedAt}. */
	public static final String ERASED_NAME = "Erased person";

	public static final int MAX_SEARCH = 200;

	static final String COLUMNS = "id, email, name, phone, source, created_at, version";

	/** Everyone, members included: a person record, else a member without one. */
	private static final String EVERYONE = """
			with member as (
			    select * from unnest(cast(:memberEmails as text[]), cast(:memberNames as text[]),
			                         cast(:memberIds as uuid[])) as m(email, name, account_id)
			), everyone as (
			    select p.id as person_id, m.account_id, coalesce(nullif(p.name, ''), m.name, '') as name, p.email,
			           p.phone, p.source
			    from person p left join member m on m.email = p.email
			    union all
			    select null, m.account_id, m.name, m.email, '', null
			    from member m where not exists (select 1 from person p where p.email = m.email)
			)
			""";

	private final JdbcClient jdbc;

	private final Memberships memberships;

	private final Accounts accounts;

	private final Qualifications qualifications;

	private final TrainingFinder trainings;

	private final Registrations registrations;

	private final Outbox outbox;

	private final Clock clock;

	People(JdbcClient jdbc, Memberships memberships, Accounts accounts, Qualifications qualifications,
			TrainingFinder trainings, Registrations registrations, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.accounts = accounts;
		this.qualifications = qualifications;
		this.trainings = trainings;
		this.registrations = registrations;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * One page of the people matching the filter that the scope shows, by name, in five statements whatever their
	 * number (members, their accounts, the training ids of a chapter, the count and the page).
	 */
	@Transactional(readOnly = true)
	public DirectoryPage directory(PeopleFilter filter, PeopleScope scope, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		addMembers(params);
		StringBuilder where = new StringBuilder(" where true");
		if (!scope.isEveryone()) {
			where.append(" and exists (select 1 from registration r where r.email = e.email"
					+ " and r.training_id = any(cast(:scope as uuid[])))");
			params.put("scope", scope.trainingIds().toArray(UUID[]::new));
		}
		String search = filter.search() == null ? "" : filter.search().strip();
		if (!search.isEmpty()) {
			where.append(" and (e.name ilike :search escape '\\' or e.email ilike :search escape '\\')");
			params.put("search", "%" + likeEscaped(search.toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.chapterId() != null) {
			where.append(" and exists (select 1 from registration r where r.email = e.email"
					+ " and r.training_id = any(cast(:chapter as uuid[])))");
			params.put("chapter", trainings.idsOfChapters(Set.of(filter.chapterId())).toArray(UUID[]::new));
		}
		if (filter.attended() != null) {
			where.append(filter.attended() ? " and" : " and not")
				.append(" exists (select 1 from registration r where r.email = e.email and r.attended)");
		}
		if (filter.nextStep() != null) {
			where.append(" and exists (select 1 from registration r where r.email = e.email and r.next_step = :step)");
			params.put("step", filter.nextStep().name());
		}
		if (filter.atHeldTrainings()) {
			where.append(heldRegistration(filter, params));
		}
		long total = jdbc.sql(EVERYONE + "select count(*) from everyone e" + where)
			.params(params)
			.query(Long.class)
			.single();
		int safePage = Math.max(1, page);
		params.put("limit", size);
		params.put("offset", (long) (safePage - 1) * size);
		List<DirectoryEntry> people = jdbc.sql(EVERYONE + """
				select e.person_id, e.account_id, e.name, e.email, e.phone, e.source,
				       (select count(*) from registration r where r.email = e.email) as registrations,
				       exists (select 1 from registration r where r.email = e.email and r.attended) as attended,
				       (select r.next_step from registration r where r.email = e.email and r.next_step is not null
				        order by r.created_at desc limit 1) as next_step
				from everyone e""" + where + " order by lower(e.name), e.email limit :limit offset :offset")
			.params(params)
			.query(People::entry)
			.list();
		return new DirectoryPage(people, safePage, size, total);
	}

	/**
	 * One registration meeting every part of the filter that looks at held trainings, as {@link Absorption} counts
	 * them: the same registration, so that someone who came to one training and joined a team after another is not
	 * listed as having done both at either.
	 */
	private static String heldRegistration(PeopleFilter filter, Map<String, Object> params) {
		FunnelStage stage = filter.stage() == null ? FunnelStage.SIGNED_UP : filter.stage();
		StringBuilder held = new StringBuilder(" and exists (select 1 from registration r"
				+ " join training t on t.id = r.training_id where r.email = e.email and t.status = 'COMPLETED' and ")
			.append(stage.condition);
		if (filter.chapterId() != null) {
			held.append(" and t.chapter_id = :heldChapter");
			params.put("heldChapter", filter.chapterId());
		}
		if (filter.programId() != null) {
			held.append(" and t.program_id = :program");
			params.put("program", filter.programId());
		}
		if (filter.heldFrom() != null) {
			held.append(" and t.first_day >= :heldFrom");
			params.put("heldFrom", Date.valueOf(filter.heldFrom()));
		}
		if (filter.heldTo() != null) {
			held.append(" and t.first_day <= :heldTo");
			params.put("heldTo", Date.valueOf(filter.heldTo()));
		}
		return held.append(")").toString();
	}

	/** A person the scope shows, else not found. */
	@Transactional(readOnly = true)
	public Person person(UUID personId, PeopleScope scope) {
		Person person = jdbc.sql("select " + COLUMNS + " from person where id = ?")
			.param(personId)
			.query(People::person)
			.optional()
			.orElseThrow(PersonNotFound::new);
		if (!scope.isEveryone() && !jdbc.sql("""
				select exists (select 1 from registration where email = ? and training_id = any(?))""")
			.params(person.email(), scope.trainingIds().toArray(UUID[]::new))
			.query(Boolean.class)
			.single()) {
			throw new PersonNotFound();
		}
		return person;
	}

	/**
	 * A person's history: their registrations with trainings and teams, and their qualifications, those of their
	 * account when they are a member, else those granted to their email.
	 */
	@Transactional(readOnly = true)
	public PersonHistory history(UUID personId, PeopleScope scope) {
		Person person = person(personId, scope);
		Optional<UUID> accountId = accounts.findByEmail(person.email())
			.map(AccountSummary::id)
			.filter(id -> memberships.rolesOf(id).isPresent());
		return new PersonHistory(person, registrationsOf(person.email()), accountId.orElse(null),
				accountId.map(qualifications::historyOf).orElseGet(() -> qualifications.historyOfEmail(person.email())));
	}

	/**
	 * What the organization holds about the email of the registration a private address leads to, for the
	 * participant to see: nothing when the address leads nowhere.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonHistory> dataOf(String registrationToken) {
		return registrations.byPrivateToken(registrationToken).map(registration -> {
			String email = registration.email();
			Person person = jdbc.sql("select " + COLUMNS + " from person where email = ?")
				.param(email)
				.query(People::person)
				.optional()
				.orElse(null);
			return new PersonHistory(person, registrationsOf(email), null, qualifications.historyOfEmail(email));
		});
	}

	/**
	 * Erases a person: their registrations and what the pathway granted their address are anonymized (statuses
	 * and grants kept for the counts), their record removed and letters to them forgotten, so none waiting is sent.
	 *
	 * @return how many registrations were anonymized
	 */
	@Transactional
	public int erase(UUID personId, long expectedVersion) {
		Person person = person(personId, PeopleScope.everyone());
		int removed = jdbc.sql("delete from person where id = ? and version = ?")
			.params(personId, expectedVersion)
			.update();
		if (removed == 0) {
			throw new ParticipantsChangeRefused(null, "people.error.conflict");
		}
		return eraseRegistrationsOf(person.email());
	}

	/**
	 * The participant's own deletion through their private address: everything about their email in this
	 * organization is erased as {@link #erase} does. The address leads nowhere afterwards.
	 *
	 * @return false when the address led nowhere
	 */
	@Transactional
	public boolean eraseByToken(String registrationToken) {
		Optional<Registration> registration = registrations.byPrivateToken(registrationToken);
		if (registration.isEmpty()) {
			return false;
		}
		String email = registration.get().email();
		jdbc.sql("delete from person where email = ?").param(email).update();
		eraseRegistrationsOf(email);
		return true;
	}

	/**
	 * Each registration gets an address of its own that reaches nobody (so one email per training still holds) and
	 * a new private token, which no one was given.
	 */
	private int eraseRegistrationsOf(String email) {
		int erased = jdbc.sql("""
				update registration
				set name = :name, email = 'erased-' || id || '@invalid', phone = '', access_needs = '', heard_from = '',
				    private_token = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
				    erased_at = :now, version = version + 1
				where email = :email and erased_at is null""")
			.param("name", ERASED_NAME)
			.param("now", Timestamp.from(clock.instant()))
			.param("email", email)
			.update();
		outbox.forgetLettersTo(email);
		qualifications.eraseHolder(email, ERASED_NAME);
		return erased;
	}

	/** An email's registrations, newest first, with their trainings and teams: three statements. */
	private List<PersonRegistration> registrationsOf(String email) {
		List<Registration> held = jdbc
			.sql("select " + Registrations.COLUMNS + " from registration where email = ? order by created_at desc")
			.param(email)
			.query(Registrations::registration)
			.list();
		Map<UUID, TrainingSummary> summaries = trainings
			.summaries(held.stream().map(Registration::trainingId).collect(Collectors.toSet()));
		Set<UUID> teamIds = held.stream()
			.map(Registration::nextStepTeamId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, String> teams = new HashMap<>();
		if (!teamIds.isEmpty()) {
			jdbc.sql("select id, name from team where id = any(?)")
				.param(teamIds.toArray(UUID[]::new))
				.query((row, number) -> teams.put(row.getObject("id", UUID.class), row.getString("name")))
				.list();
		}
		List<PersonRegistration> lines = new ArrayList<>();
		for (Registration registration : held) {
			lines.add(new PersonRegistration(registration, summaries.get(registration.trainingId()),
					registration.nextStepTeamId() == null ? null : teams.get(registration.nextStepTeamId())));
		}
		return lines;
	}

	/** The members' emails, names and accounts, as arrays the directory's statements unnest. */
	private void addMembers(Map<String, Object> params) {
		List<Member> members = memberships.members();
		Map<UUID, AccountSummary> byId = accounts.findAll(members.stream().map(Member::accountId).toList());
		List<AccountSummary> known = members.stream().map(member -> byId.get(member.accountId()))
			.filter(Objects::nonNull)
			.toList();
		params.put("memberEmails", known.stream().map(account -> account.email().toLowerCase(Locale.ROOT))
			.toArray(String[]::new));
		params.put("memberNames", known.stream().map(AccountSummary::displayName).toArray(String[]::new));
		params.put("memberIds", known.stream().map(AccountSummary::id).toArray(UUID[]::new));
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Person person(ResultSet row, int number) throws SQLException {
		return new Person(row.getObject("id", UUID.class), row.getString("email"), row.getString("name"),
				row.getString("phone"), PersonSource.valueOf(row.getString("source")),
				row.getTimestamp("created_at").toInstant(), row.getLong("version"));
	}

	private static DirectoryEntry entry(ResultSet row, int number) throws SQLException {
		String source = row.getString("source");
		String nextStep = row.getString("next_step");
		return new DirectoryEntry(row.getObject("person_id", UUID.class), row.getObject("account_id", UUID.class),
				row.getString("name"), row.getString("email"), row.getString("phone"),
				source == null ? null : PersonSource.valueOf(source), row.getInt("registrations"),
				row.getBoolean("attended"), nextStep == null ? null : NextStep.valueOf(nextStep));
	}

}
