package org.liminal.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.coaching.Coachees;
import org.liminal.coaching.ReadyVerdicts;
import org.liminal.coaching.Verdicts;
import org.liminal.curriculum.ModulesByKey;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is ready to recognize: people who meet a kind's rule (so many READY verdicts on a module) and do not hold
 * it, or hold it expired. A coach sees the trainers they coach; organizers see everyone.
 */
@Service
public class Recognition {

	private final QualificationKinds kinds;

	private final Qualifications qualifications;

	private final QualificationReads reads;

	private final Verdicts verdicts;

	private final Coachees coachees;

	private final Memberships memberships;

	private final Accounts accounts;

	private final ModulesByKey modules;

	private final TrainingFinder trainings;

	private final MessageSource messages;

	private final Clock clock;

	Recognition(QualificationKinds kinds, Qualifications qualifications, QualificationReads reads, Verdicts verdicts,
			Coachees coachees, Memberships memberships, Accounts accounts, ModulesByKey modules,
			TrainingFinder trainings, MessageSource messages, Clock clock) {
		this.kinds = kinds;
		this.qualifications = qualifications;
		this.reads = reads;
		this.verdicts = verdicts;
		this.coachees = coachees;
		this.memberships = memberships;
		this.accounts = accounts;
		this.modules = modules;
		this.trainings = trainings;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The suggestions for one member, by kind (in the organizer's order), then person and module; in a bounded
	 * number of statements whatever the number of people.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestionsFor(UUID memberId) {
		List<QualificationKindView> ruled = kinds.active()
			.stream()
			.filter(kind -> kind.isPerModule() && kind.details().readyVerdicts() != null)
			.toList();
		if (ruled.isEmpty()) {
			return List.of();
		}
		int fewest = ruled.stream().mapToInt(kind -> kind.details().readyVerdicts()).min().orElseThrow();
		List<ReadyVerdicts> ready = readyAmongWhomTheySee(memberId, fewest);
		if (ready.isEmpty()) {
			return List.of();
		}
		Set<UUID> people = ready.stream().map(ReadyVerdicts::presenterId).collect(Collectors.toSet());
		Set<QualificationReads.Holding> held = reads.validHoldings(ruled.stream().map(QualificationKindView::id).toList(),
				people, LocalDate.now(clock));
		List<Found> found = new ArrayList<>();
		for (QualificationKindView kind : ruled) {
			for (ReadyVerdicts verdict : ready) {
				if (verdict.count() >= kind.details().readyVerdicts() && !held
					.contains(new QualificationReads.Holding(kind.id(), verdict.presenterId(), verdict.moduleKey()))) {
					found.add(new Found(kind, verdict));
				}
			}
		}
		return named(found);
	}

	/**
	 * Grants what the member's list suggests for this person and module, with the verdicts as evidence (written in
	 * the given language) and the latest training and run-through they were given on.
	 *
	 * @return what was recognized, or empty when it is no longer suggested (someone recognized them meanwhile)
	 */
	@Transactional
	public Optional<Suggestion> recognize(UUID memberId, UUID kindId, UUID holderId, UUID moduleKey, Locale locale) {
		Optional<Suggestion> suggestion = suggestionsFor(memberId).stream()
			.filter(candidate -> candidate.kind().id().equals(kindId) && candidate.accountId().equals(holderId)
					&& candidate.moduleKey().equals(moduleKey))
			.findFirst();
		suggestion.ifPresent(found -> qualifications.grant(holderId,
				new NewGrant(kindId, moduleKey, new Evidence(note(found, locale), found.latestTrainingId(),
						found.latestRunThroughId())),
				GrantSource.SUGGESTION, memberId));
		return suggestion;
	}

	private List<ReadyVerdicts> readyAmongWhomTheySee(UUID memberId, int fewest) {
		Set<OrganizationRole> roles = memberships.rolesOf(memberId).orElse(Set.of());
		if (roles.contains(OrganizationRole.ORGANIZER)) {
			return verdicts.readyAtLeast(fewest);
		}
		if (roles.contains(OrganizationRole.COACH)) {
			return verdicts.readyAtLeast(fewest, coachees.of(memberId));
		}
		return List.of();
	}

	private String note(Suggestion suggestion, Locale locale) {
		return messages.getMessage("pathway.recognize.evidenceNote",
				new Object[] { suggestion.readyVerdicts(), suggestion.moduleTitle() }, locale);
	}

	private List<Suggestion> named(List<Found> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, AccountSummary> people = accounts.findAll(ids(found, one -> one.verdict().presenterId()));
		Map<UUID, String> titles = modules.titles(ids(found, one -> one.verdict().moduleKey()));
		Map<UUID, TrainingSummary> latest = trainings.summaries(ids(found, one -> one.verdict().latestTrainingId()));
		return found.stream()
			.filter(one -> people.containsKey(one.verdict().presenterId()))
			.map(one -> {
				ReadyVerdicts verdict = one.verdict();
				return new Suggestion(one.kind(), verdict.presenterId(), people.get(verdict.presenterId()).displayName(),
						verdict.moduleKey(), titles.getOrDefault(verdict.moduleKey(), ""), verdict.count(),
						verdict.latestTrainingId(), latest.get(verdict.latestTrainingId()), verdict.latestRunThroughId());
			})
			.sorted(Comparator.comparing((Suggestion one) -> one.kind().position())
				.thenComparing(Suggestion::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Suggestion::moduleTitle, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static Collection<UUID> ids(List<Found> found, Function<Found, UUID> id) {
		return found.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	/** A kind someone meets the rule of, before names are looked up. */
	private record Found(QualificationKindView kind, ReadyVerdicts verdict) {
	}

}
