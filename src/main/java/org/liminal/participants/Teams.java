package org.liminal.participants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.liminal.chapters.Chapters;
import org.liminal.organizations.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chapter's teams: where newcomers land after a training. Names are unique among the chapter's active teams
 * (whatever their case), which the database holds too; an archived team is no longer offered but stays for the
 * people who chose it.
 */
@Service
public class Teams {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final String COLUMNS = "id, chapter_id, name, purpose, contact_name, contact_email, archived, version";

	private final JdbcClient jdbc;

	private final Chapters chapters;

	Teams(JdbcClient jdbc, Chapters chapters) {
		this.jdbc = jdbc;
		this.chapters = chapters;
	}

	/** The chapter's teams, active ones first, each group by name. */
	@Transactional(readOnly = true)
	public List<Team> ofChapter(UUID chapterId) {
		return jdbc.sql("select " + COLUMNS + " from team where chapter_id = ? order by archived, lower(name)")
			.param(chapterId)
			.query(Teams::team)
			.list();
	}

	/** The teams a newcomer of the chapter can join now, by name. */
	@Transactional(readOnly = true)
	public List<Team> activeOf(UUID chapterId) {
		return ofChapter(chapterId).stream().filter(team -> !team.archived()).toList();
	}

	/** The team, when it is one of this chapter's. */
	@Transactional(readOnly = true)
	public Team team(UUID chapterId, UUID teamId) {
		return jdbc.sql("select " + COLUMNS + " from team where id = ? and chapter_id = ?")
			.params(teamId, chapterId)
			.query(Teams::team)
			.optional()
			.orElseThrow(TeamNotFound::new);
	}

	/** These teams (archived ones too), by id; unknown ids are absent. */
	@Transactional(readOnly = true)
	public Map<UUID, Team> byId(Collection<UUID> teamIds) {
		if (teamIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from team where id = any(?)")
			.param(teamIds.toArray(UUID[]::new))
			.query(Teams::team)
			.list()
			.stream()
			.collect(Collectors.toMap(Team::id, Function.identity()));
	}

	@Transactional
	public UUID create(UUID chapterId, TeamDetails details) {
		chapters.chapter(chapterId);
		refuseUnsound(details);
		refuseTakenName(chapterId, null, details.name());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into team (id, organization_id, chapter_id, name, purpose, contact_name, contact_email)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, TenantContext.requireOrganizationId(), chapterId, details.name(), details.purpose(),
					details.contactName(), details.contactEmail())
			.update();
		return id;
	}

	/** Changes what the team is; refused when someone changed it since {@code expectedVersion}. */
	@Transactional
	public void change(UUID chapterId, UUID teamId, TeamDetails details, long expectedVersion) {
		Team team = team(chapterId, teamId);
		refuseUnsound(details);
		if (!team.archived()) {
			refuseTakenName(chapterId, teamId, details.name());
		}
		int changed = jdbc.sql("""
				update team set name = ?, purpose = ?, contact_name = ?, contact_email = ?, version = version + 1
				where id = ? and version = ?""")
			.params(details.name(), details.purpose(), details.contactName(), details.contactEmail(), teamId,
					expectedVersion)
			.update();
		refuseConflict(changed);
	}

	/** No longer offers the team as a next step. */
	@Transactional
	public void archive(UUID chapterId, UUID teamId, long expectedVersion) {
		team(chapterId, teamId);
		refuseConflict(jdbc.sql("update team set archived = true, version = version + 1 where id = ? and version = ?")
			.params(teamId, expectedVersion)
			.update());
	}

	/** Offers an archived team again; refused while an active team has its name. */
	@Transactional
	public void restore(UUID chapterId, UUID teamId, long expectedVersion) {
		Team team = team(chapterId, teamId);
		refuseTakenName(chapterId, teamId, team.name());
		refuseConflict(jdbc.sql("update team set archived = false, version = version + 1 where id = ? and version = ?")
			.params(teamId, expectedVersion)
			.update());
	}

	private void refuseTakenName(UUID chapterId, UUID teamId, String name) {
		boolean taken = jdbc.sql("""
				select exists (select 1 from team where chapter_id = ? and lower(name) = lower(?) and not archived
				               and id is distinct from ?)""")
			.params(chapterId, name, teamId)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new ParticipantsChangeRefused("name", "teams.error.nameTaken", name);
		}
	}

	private static void refuseConflict(int changed) {
		if (changed == 0) {
			throw new ParticipantsChangeRefused(null, "teams.error.conflict");
		}
	}

	private static void refuseUnsound(TeamDetails details) {
		if (details.name().isEmpty()) {
			throw new ParticipantsChangeRefused("name", "teams.error.nameMissing");
		}
		refuseLonger("name", details.name(), TeamDetails.MAX_NAME);
		refuseLonger("purpose", details.purpose(), TeamDetails.MAX_PURPOSE);
		if (details.contactName().isEmpty()) {
			throw new ParticipantsChangeRefused("contactName", "teams.error.contactNameMissing");
		}
		refuseLonger("contactName", details.contactName(), TeamDetails.MAX_CONTACT_NAME);
		if (details.contactEmail().length() > TeamDetails.MAX_CONTACT_EMAIL
				|| !EMAIL.matcher(details.contactEmail()).matches()) {
			throw new ParticipantsChangeRefused("contactEmail", "teams.error.contactEmail");
		}
	}

	private static void refuseLonger(String field, String text, int limit) {
		if (text.length() > limit) {
			throw new ParticipantsChangeRefused(field, "teams.error.tooLong", limit);
		}
	}

	private static Team team(ResultSet row, int number) throws SQLException {
		return new Team(row.getObject("id", UUID.class), row.getObject("chapter_id", UUID.class), row.getString("name"),
				row.getString("purpose"), row.getString("contact_name"), row.getString("contact_email"),
				row.getBoolean("archived"), row.getLong("version"));
	}

}
