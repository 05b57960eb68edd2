package org.liminal.pathway;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.accounts.Accounts;
import org.liminal.organizations.Member;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Attendee;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What attending a completed training earns: its program's kinds, for every attendee at once, in a few
 * statements. The unique index on current grants has the last word when a coach grants the same at that moment.
 */
@Component
class AttendanceGrants {

	/** A grant about to be written. */
	private record NewRow(UUID kindId, Holder holder, LocalDate expiresOn, UUID renews) {
	}

	private final QualificationKindRepository kinds;

	private final QualificationReads reads;

	private final TrainingFinder trainings;

	private final Memberships memberships;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	AttendanceGrants(QualificationKindRepository kinds, QualificationReads reads, TrainingFinder trainings,
			Memberships memberships, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.kinds = kinds;
		this.reads = reads;
		this.trainings = trainings;
		this.memberships = memberships;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	int grant(UUID trainingId, UUID programId, List<Attendee> attendees) {
		List<QualificationKind> earned = kinds.findGrantedByAttending(programId);
		TrainingSummary training = trainings.summaries(Set.of(trainingId)).get(trainingId);
		Map<String, Holder> holders = holders(attendees);
		if (earned.isEmpty() || training == null || holders.isEmpty()) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate heldOn = training.lastDay().isAfter(today) ? today : training.lastDay();
		List<QualificationReads.Existing> existing = reads.existing(earned.stream().map(QualificationKind::id).toList(),
				holders.keySet(), trainingId);
		List<UUID> replaced = new ArrayList<>();
		List<NewRow> rows = new ArrayList<>();
		for (QualificationKind kind : earned) {
			for (Holder holder : holders.values()) {
				List<QualificationReads.Existing> theirs = existing.stream()
					.filter(grant -> grant.kindId().equals(kind.id()) && grant.holderEmail().equals(holder.email()))
					.toList();
				if (theirs.stream().anyMatch(grant -> trainingId.equals(grant.evidenceTrainingId()))) {
					continue;
				}
				QualificationReads.Existing current = theirs.stream()
					.filter(QualificationReads.Existing::current)
					.findFirst()
					.orElse(null);
				if (current != null && (current.expiresOn() == null || current.expiresOn().isAfter(today))) {
					continue;
				}
				if (current != null) {
					replaced.add(current.id());
				}
				LocalDate expiresOn = kind.validityMonths() == null ? null : heldOn.plusMonths(kind.validityMonths());
				rows.add(new NewRow(kind.id(), holder, expiresOn, current == null ? null : current.id()));
			}
		}
		Instant now = clock.instant();
		markReplaced(replaced, now);
		return insert(rows, heldOn, trainingId, now);
	}

	/**
	 * Attendees by lower-cased email, each once; linked to their membership when they are members (by the account
	 * given, or else by their email), so that their badges show wherever members' do.
	 */
	private Map<String, Holder> holders(List<Attendee> attendees) {
		if (attendees.isEmpty()) {
			return Map.of();
		}
		Set<UUID> members = memberships.members().stream().map(Member::accountId).collect(Collectors.toSet());
		Map<String, UUID> memberByEmail = new HashMap<>();
		if (attendees.stream().anyMatch(attendee -> attendee.accountId() == null)) {
			accounts.findAll(members)
				.values()
				.forEach(account -> memberByEmail.put(Holder.of(account.email(), "", null).email(), account.id()));
		}
		Map<String, Holder> holders = new LinkedHashMap<>();
		for (Attendee attendee : attendees) {
			if (attendee.email() == null || attendee.email().isBlank()) {
				continue;
			}
			Holder tidy = Holder.of(attendee.email(), attendee.name(), null);
			UUID accountId = members.contains(attendee.accountId()) ? attendee.accountId() : memberByEmail.get(tidy.email());
			holders.putIfAbsent(tidy.email(), new Holder(tidy.email(), tidy.name(), accountId));
		}
		return holders;
	}

	private void markReplaced(List<UUID> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update qualification set replaced_at = ?, version = version + 1
				where id = any(?) and revoked_at is null and replaced_at is null""")
			.params(Timestamp.from(now), ids.toArray(UUID[]::new))
			.update();
	}

	/** Writes the grants in one statement; one that a coach wrote meanwhile wins, and this one is skipped. */
	private int insert(List<NewRow> rows, LocalDate heldOn, UUID trainingId, Instant now) {
		if (rows.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				insert into qualification (id, organization_id, kind_id, holder_email, holder_name, account_id,
				                           granted_on, expires_on, granted_at, source, evidence_training_id, renews)
				select t.id, ?, t.kind_id, t.holder_email, t.holder_name, t.account_id, ?, t.expires_on, ?,
				       'ATTENDANCE', ?, t.renews
				from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::date[], ?::uuid[])
				     as t(id, kind_id, holder_email, holder_name, account_id, expires_on, renews)
				on conflict do nothing""")
			.params(TenantContext.requireOrganizationId(), heldOn, Timestamp.from(now), trainingId,
					rows.stream().map(row -> UUID.randomUUID()).toArray(UUID[]::new),
					rows.stream().map(NewRow::kindId).toArray(UUID[]::new),
					rows.stream().map(row -> row.holder().email()).toArray(String[]::new),
					rows.stream().map(row -> row.holder().name()).toArray(String[]::new),
					rows.stream().map(row -> row.holder().accountId()).toArray(UUID[]::new),
					rows.stream().map(row -> row.expiresOn() == null ? null : row.expiresOn().toString()).toArray(String[]::new),
					rows.stream().map(NewRow::renews).toArray(UUID[]::new))
			.update();
	}

}
