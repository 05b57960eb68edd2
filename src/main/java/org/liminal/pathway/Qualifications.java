package org.liminal.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.coaching.Coachees;
import org.liminal.curriculum.ModulesByKey;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.trainings.Attendee;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which qualification, and how they earned it. Organizers grant, renew and revoke anyone's; coaches
 * those of the trainers they coach. Attending a completed training grants its program's kinds by itself.
 * Everyone in the organization sees everyone's badges: pins are public.
 */
@Service
public class Qualifications {

	public static final int MAX_EVIDENCE_LENGTH = 1000;

	public static final int MAX_REASON_LENGTH = 1000;

	private final QualificationRepository qualifications;

	private final QualificationKinds kinds;

	private final QualificationReads reads;

	private final AttendanceGrants attendance;

	private final Memberships memberships;

	private final Accounts accounts;

	private final Coachees coachees;

	private final ModulesByKey modules;

	private final TrainingFinder trainings;

	private final Clock clock;

	Qualifications(QualificationRepository qualifications, QualificationKinds kinds, QualificationReads reads,
			AttendanceGrants attendance, Memberships memberships, Accounts accounts, Coachees coachees,
			ModulesByKey modules, TrainingFinder trainings, Clock clock) {
		this.qualifications = qualifications;
		this.kinds = kinds;
		this.reads = reads;
		this.attendance = attendance;
		this.memberships = memberships;
		this.accounts = accounts;
		this.coachees = coachees;
		this.modules = modules;
		this.trainings = trainings;
		this.clock = clock;
	}

	/**
	 * Whether this member may grant, renew and revoke the qualifications of that one: organizers anyone's, coaches
	 * those of the trainers they coach.
	 *
	 * @param holderId the holder's account, or null for someone without one (only organizers recognize them)
	 */
	@Transactional(readOnly = true)
	public boolean mayRecognize(UUID memberId, UUID holderId) {
		Set<OrganizationRole> roles = memberships.rolesOf(memberId).orElse(Set.of());
		if (roles.contains(OrganizationRole.ORGANIZER)) {
			return true;
		}
		return roles.contains(OrganizationRole.COACH) && holderId != null && coachees.coaches(memberId, holderId);
	}

	/**
	 * Grants a kind to a member. An expired grant of the same kind (and module) is renewed by it; a valid one
	 * refuses it.
	 *
	 * @throws RecognitionRefused when {@code grantedBy} may not recognize this member
	 * @return the new grant's id
	 */
	@Transactional
	public UUID grant(UUID holderId, NewGrant grant, UUID grantedBy) {
		return grant(holderId, grant, GrantSource.GRANTED, grantedBy);
	}

	UUID grant(UUID holderId, NewGrant grant, GrantSource source, UUID grantedBy) {
		Holder holder = member(holderId);
		requireMayRecognize(grantedBy, holderId);
		QualificationKind kind = grantable(grant.kindId());
		UUID moduleKey = kind.scope() == KindScope.MODULE ? requireModule(grant.moduleKey()) : null;
		refuseInvalid(grant.evidence());
		LocalDate today = LocalDate.now(clock);
		UUID renews = null;
		var current = qualifications.findCurrent(kind.id(), holder.email(), moduleKey);
		if (current.isPresent()) {
			if (!current.get().isExpiredOn(today)) {
				throw new PathwayChangeRefused("kindId", "pathway.error.alreadyHeld");
			}
			renews = replace(current.get());
		}
		return qualifications.saveAndFlush(new Qualification(kind.id(), holder, moduleKey, today, kind.validityMonths(),
				grantedBy, clock.instant(), source, grant.evidence(), renews)).id();
	}

	/**
	 * Renews an expired grant: a new grant of the same kind and module from today, which replaces it in the history.
	 *
	 * @return the new grant's id
	 */
	@Transactional
	public UUID renew(UUID qualificationId, Evidence evidence, UUID renewedBy, long expectedVersion) {
		Qualification expired = current(qualificationId, expectedVersion);
		requireMayRecognize(renewedBy, expired.accountId());
		LocalDate today = LocalDate.now(clock);
		if (!expired.isExpiredOn(today)) {
			throw new PathwayChangeRefused(null, "pathway.error.notExpired");
		}
		refuseInvalid(evidence);
		QualificationKind kind = grantable(expired.kindId());
		UUID renews = replace(expired);
		Holder holder = new Holder(expired.holderEmail(), expired.holderName(), expired.accountId());
		return qualifications.saveAndFlush(new Qualification(kind.id(), holder, expired.moduleKey(), today,
				kind.validityMonths(), renewedBy, clock.instant(), GrantSource.RENEWAL, evidence, renews)).id();
	}

	/** Withdraws a grant, with the reason, which stays in the person's history. */
	@Transactional
	public void revoke(UUID qualificationId, String reason, UUID revokedBy, long expectedVersion) {
		Qualification qualification = current(qualificationId, expectedVersion);
		requireMayRecognize(revokedBy, qualification.accountId());
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new PathwayChangeRefused("reason", "pathway.error.reasonMissing");
		}
		if (why.length() > MAX_REASON_LENGTH) {
			throw new PathwayChangeRefused("reason", "pathway.error.reasonSize");
		}
		qualification.revoke(revokedBy, why, clock.instant());
	}

	/**
	 * Grants the kinds of the program (those whose program is it) to each attendee of a completed training, dated
	 * the training's last day. Safe to repeat: nobody is granted twice for one training, nor while holding a
	 * valid grant of the kind; an expired one is renewed.
	 *
	 * @return how many grants were written
	 */
	@Transactional
	public int grantForAttendance(UUID trainingId, UUID programId, List<Attendee> attendees) {
		return attendance.grant(trainingId, programId, attendees);
	}

	/**
	 * Takes a name and address off what was granted to that address while it had no account, for someone erased
	 * at their own or an organizer's request: the grants stay (the pathway's counts do not change) under no one's
	 * name. A member's grants belong to their account and go with it.
	 *
	 * @param holderName what the grants are held under instead (already translated or a fixed label)
	 * @return how many grants were anonymized
	 */
	@Transactional
	public int eraseHolder(String email, String holderName) {
		return qualifications.anonymize(Holder.of(email, null, null).email(), holderName);
	}

	/**
	 * The badges of each of the given members, in two statements: kinds in the organizer's order, each kind's
	 * modules by title. Members with none are absent.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<Badge>> badgesOf(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		List<QualificationReads.BadgeRow> rows = reads.currentOf(accountIds);
		Map<UUID, String> titles = modules.titles(rows.stream().map(QualificationReads.BadgeRow::moduleKey)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Comparator<QualificationReads.BadgeRow> order = Comparator.comparingInt(QualificationReads.BadgeRow::position)
			.thenComparing(row -> row.moduleKey() == null ? "" : titles.getOrDefault(row.moduleKey(), ""),
					String.CASE_INSENSITIVE_ORDER);
		LocalDate today = LocalDate.now(clock);
		Map<UUID, List<Badge>> badges = new HashMap<>();
		rows.stream().sorted(order).forEach(row -> badges.computeIfAbsent(row.accountId(), id -> new ArrayList<>())
			.add(new Badge(row.id(), row.accountId(), row.kindId(), row.kindName(), BadgeColour.valueOf(row.colour()),
					row.moduleKey(), row.moduleKey() == null ? null : titles.getOrDefault(row.moduleKey(), ""),
					row.grantedOn(), row.expiresOn(), row.expiresOn() != null && !row.expiresOn().isAfter(today))));
		return badges;
	}

	/** One member's badges. */
	@Transactional(readOnly = true)
	public List<Badge> heldBy(UUID accountId) {
		return badgesOf(Set.of(accountId)).getOrDefault(accountId, List.of());
	}

	/**
	 * A member's whole pathway: for each kind (and module) they were ever granted, the grants newest first, kinds
	 * in the organizer's order. It includes what was granted to their email before they had an account.
	 */
	@Transactional(readOnly = true)
	public List<BadgeHistory> historyOf(UUID accountId) {
		Holder holder = member(accountId);
		return histories(reads.historyOf(accountId, holder.email()));
	}

	/**
	 * The pathway of someone known by their email only (a participant without an account): what was granted to
	 * that address, as {@link #historyOf(UUID)} shows it.
	 */
	@Transactional(readOnly = true)
	public List<BadgeHistory> historyOfEmail(String email) {
		return histories(reads.historyOf(null, Holder.of(email, null, null).email()));
	}

	private List<BadgeHistory> histories(List<QualificationReads.HistoryRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, QualificationKindView> kindById = new HashMap<>();
		kinds.all().forEach(kind -> kindById.put(kind.id(), kind));
		Map<UUID, AccountSummary> people = accounts.findAll(rows.stream()
			.flatMap(row -> Stream.of(row.grantedBy(), row.revokedBy()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<UUID, String> titles = modules.titles(rows.stream().map(QualificationReads.HistoryRow::moduleKey)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<UUID, TrainingSummary> evidence = trainings.summaries(rows.stream()
			.map(QualificationReads.HistoryRow::evidenceTrainingId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		LocalDate today = LocalDate.now(clock);
		Map<List<UUID>, List<GrantRecord>> byKindAndModule = new LinkedHashMap<>();
		for (QualificationReads.HistoryRow row : rows) {
			byKindAndModule.computeIfAbsent(Arrays.asList(row.kindId(), row.moduleKey()), key -> new ArrayList<>())
				.add(0, record(row, people, evidence, today));
		}
		List<BadgeHistory> histories = new ArrayList<>();
		byKindAndModule.forEach((key, grants) -> histories.add(new BadgeHistory(kindById.get(key.get(0)), key.get(1),
				key.get(1) == null ? null : titles.getOrDefault(key.get(1), ""), grants)));
		histories.sort(Comparator.comparing((BadgeHistory history) -> history.kind().retired())
			.thenComparing(history -> history.kind().position())
			.thenComparing(history -> Objects.requireNonNullElse(history.moduleTitle(), ""), String.CASE_INSENSITIVE_ORDER));
		return histories;
	}

	private static GrantRecord record(QualificationReads.HistoryRow row, Map<UUID, AccountSummary> people,
			Map<UUID, TrainingSummary> evidence, LocalDate today) {
		return new GrantRecord(row.id(), row.kindId(), row.moduleKey(), row.grantedOn(), row.expiresOn(),
				GrantSource.valueOf(row.source()), row.grantedBy(), nameOf(row.grantedBy(), people), row.grantedAt(),
				new Evidence(row.evidence(), row.evidenceTrainingId(), row.evidenceRunThroughId()),
				row.evidenceTrainingId() == null ? null : evidence.get(row.evidenceTrainingId()), row.renews(),
				row.replacedAt(), row.revokedAt(), nameOf(row.revokedBy(), people), row.revokeReason(), row.version(),
				row.expiresOn() != null && !row.expiresOn().isAfter(today));
	}

	private static String nameOf(UUID accountId, Map<UUID, AccountSummary> people) {
		AccountSummary person = accountId == null ? null : people.get(accountId);
		return person == null ? null : person.displayName();
	}

	/** A member of the organization as a holder; anyone else is not found. */
	private Holder member(UUID accountId) {
		if (memberships.rolesOf(accountId).isEmpty()) {
			throw new QualificationNotFound();
		}
		AccountSummary account = accounts.findAll(Set.of(accountId)).get(accountId);
		if (account == null) {
			throw new QualificationNotFound();
		}
		return Holder.of(account.email(), account.displayName(), accountId);
	}

	private QualificationKind grantable(UUID kindId) {
		if (kindId == null) {
			throw new PathwayChangeRefused("kindId", "pathway.error.kindMissing");
		}
		QualificationKind kind = kinds.require(kindId);
		if (kind.retired()) {
			throw new PathwayChangeRefused("kindId", "pathway.error.kindRetired");
		}
		return kind;
	}

	private UUID requireModule(UUID moduleKey) {
		if (moduleKey == null || modules.titles(Set.of(moduleKey)).isEmpty()) {
			throw new PathwayChangeRefused("moduleKey", "pathway.error.moduleMissing");
		}
		return moduleKey;
	}

	private void refuseInvalid(Evidence evidence) {
		if (evidence.note().length() > MAX_EVIDENCE_LENGTH) {
			throw new PathwayChangeRefused("evidence", "pathway.error.evidenceSize");
		}
		if (evidence.trainingId() != null && trainings.summaries(Set.of(evidence.trainingId())).isEmpty()) {
			throw new PathwayChangeRefused("trainingId", "pathway.error.trainingUnknown");
		}
	}

	private void requireMayRecognize(UUID memberId, UUID holderId) {
		if (!mayRecognize(memberId, holderId)) {
			throw new RecognitionRefused();
		}
	}

	private Qualification current(UUID qualificationId, long expectedVersion) {
		Qualification qualification = qualifications.findById(qualificationId).orElseThrow(QualificationNotFound::new);
		if (qualification.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Qualification " + qualificationId + " changed meanwhile");
		}
		if (!qualification.isCurrent()) {
			throw new PathwayChangeRefused(null, "pathway.error.notCurrent");
		}
		return qualification;
	}

	/** Marks an expired grant replaced, written before its renewal so that one grant is current at a time. */
	private UUID replace(Qualification expired) {
		expired.replace(clock.instant());
		qualifications.flush();
		return expired.id();
	}

}
