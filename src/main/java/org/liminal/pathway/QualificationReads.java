package org.liminal.pathway;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Grants read across people in single statements, for pages that show many badges at once. Row-level security
 * keeps every statement inside the current organization.
 */
@Repository
class QualificationReads {

	/** A current grant with its kind's badge, before its module is named. */
	record BadgeRow(UUID id, UUID accountId, UUID kindId, String kindName, String colour, int position,
			UUID moduleKey, LocalDate grantedOn, LocalDate expiresOn) {
	}

	/** A grant of someone's history, before the people, module and training it names are looked up. */
	record HistoryRow(UUID id, UUID kindId, UUID moduleKey, LocalDate grantedOn, LocalDate expiresOn, String source,
			UUID grantedBy, Instant grantedAt, String evidence, UUID evidenceTrainingId, UUID evidenceRunThroughId,
			UUID renews, Instant replacedAt, Instant revokedAt, UUID revokedBy, String revokeReason, long version) {
	}

	/** Who holds a kind (for a module) now, for telling whom a suggestion is still news to. */
	record Holding(UUID kindId, UUID accountId, UUID moduleKey) {
	}

	/** A grant as attendance grants weigh it: the same training, or a current grant of the kind. */
	record Existing(UUID id, UUID kindId, String holderEmail, UUID evidenceTrainingId, boolean current,
			LocalDate expiresOn) {
	}

	private final JdbcClient jdbc;

	QualificationReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BadgeRow> currentOf(Collection<UUID> accountIds) {
		return jdbc.sql("""
				select q.id, q.account_id, q.kind_id, k.name as kind_name, k.colour, k.position, q.module_key,
				       q.granted_on, q.expires_on
				from qualification q join qualification_kind k on k.id = q.kind_id
				where q.account_id = any(?) and q.revoked_at is null and q.replaced_at is null
				order by k.position, q.granted_on""")
			.param(accountIds.toArray(UUID[]::new))
			.query(RecordRows.of(BadgeRow.class))
			.list();
	}

	/** A person's grants, oldest first: those linked to their account and those to their email (before joining). */
	List<HistoryRow> historyOf(UUID accountId, String email) {
		return jdbc.sql("""
				select id, kind_id, module_key, granted_on, expires_on, source, granted_by, granted_at, evidence,
				       evidence_training_id, evidence_run_through_id, renews, replaced_at, revoked_at, revoked_by,
				       revoke_reason, version
				from qualification
				where account_id = :account or holder_email = :email
				order by granted_at, id""")
			.param("account", accountId)
			.param("email", email)
			.query(QualificationReads::historyRow)
			.list();
	}

	/** Of the given people, who holds which of the kinds now without it having expired on {@code today}. */
	Set<Holding> validHoldings(Collection<UUID> kindIds, Collection<UUID> accountIds, LocalDate today) {
		if (kindIds.isEmpty() || accountIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select kind_id, account_id, module_key from qualification
				where kind_id = any(?) and account_id = any(?) and revoked_at is null and replaced_at is null
				  and (expires_on is null or expires_on > ?)""")
			.params(kindIds.toArray(UUID[]::new), accountIds.toArray(UUID[]::new), today)
			.query(RecordRows.of(Holding.class))
			.list());
	}

	/** Grants of the kinds to the emails that are current or came from the training. */
	List<Existing> existing(Collection<UUID> kindIds, Collection<String> emails, UUID trainingId) {
		return jdbc.sql("""
				select id, kind_id, holder_email, evidence_training_id,
				       revoked_at is null and replaced_at is null as current, expires_on
				from qualification
				where kind_id = any(?) and holder_email = any(?)
				  and ((revoked_at is null and replaced_at is null) or evidence_training_id = ?)""")
			.params(kindIds.toArray(UUID[]::new), emails.toArray(String[]::new), trainingId)
			.query(RecordRows.of(Existing.class))
			.list();
	}

	private static HistoryRow historyRow(ResultSet row, int number) throws SQLException {
		return new HistoryRow(row.getObject("id", UUID.class), row.getObject("kind_id", UUID.class),
				row.getObject("module_key", UUID.class), row.getObject("granted_on", LocalDate.class),
				row.getObject("expires_on", LocalDate.class), row.getString("source"),
				row.getObject("granted_by", UUID.class), instant(row.getTimestamp("granted_at")),
				row.getString("evidence"), row.getObject("evidence_training_id", UUID.class),
				row.getObject("evidence_run_through_id", UUID.class), row.getObject("renews", UUID.class),
				instant(row.getTimestamp("replaced_at")), instant(row.getTimestamp("revoked_at")),
				row.getObject("revoked_by", UUID.class), row.getString("revoke_reason"), row.getLong("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
