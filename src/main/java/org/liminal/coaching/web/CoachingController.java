package org.liminal.coaching.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liminal.chapters.Person;
import org.liminal.coaching.Coachees;
import org.liminal.coaching.FeedbackNotFound;
import org.liminal.coaching.FeedbackReader;
import org.liminal.coaching.Feedbacks;
import org.liminal.coaching.LatestVerdict;
import org.liminal.coaching.ModuleTitles;
import org.liminal.coaching.web.TrainerVerdicts.ModuleVerdict;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.organizations.OrganizationRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The coach's page (coaches and organizers, by the security configuration): the trainers they coach with the
 * latest verdict per module, their drafts and the feedback trainers have not acknowledged yet; organizers see
 * every trainer. And one trainer's feedback history, for their coaches, organizers and chapter leads (who see
 * the feedback on their chapters' trainings only).
 */
@Controller
class CoachingController {

	private final Feedbacks feedbacks;

	private final Coachees coachees;

	private final ModuleTitles moduleTitles;

	private final FeedbackRows rows;

	CoachingController(Feedbacks feedbacks, Coachees coachees, ModuleTitles moduleTitles, FeedbackRows rows) {
		this.feedbacks = feedbacks;
		this.coachees = coachees;
		this.moduleTitles = moduleTitles;
		this.rows = rows;
	}

	@GetMapping("/{org}/coaching")
	String coaching(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, Model model, Locale locale) {
		UUID me = principal.accountId();
		Map<UUID, Person> people = rows.people();
		Set<UUID> trainers = new HashSet<>();
		if (current.isOrganizer()) {
			people.values()
				.stream()
				.filter(person -> person.has(OrganizationRole.TRAINER))
				.forEach(person -> trainers.add(person.accountId()));
		}
		if (current.isCoach()) {
			trainers.addAll(coachees.of(me));
		}
		trainers.retainAll(people.keySet());
		model.addAttribute("trainers", trainerVerdicts(trainers, people));
		model.addAttribute("drafts", rows.of(feedbacks.draftsOf(me), people, locale));
		model.addAttribute("awaiting",
				rows.of(feedbacks.awaitingAcknowledgement(current.isOrganizer() ? null : me), people, locale));
		return "coaching/feedback/coaching";
	}

	@GetMapping("/{org}/coaching/trainers/{accountId}")
	String trainer(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID accountId, Model model,
			Locale locale) {
		Map<UUID, Person> people = rows.people();
		Person trainer = people.get(accountId);
		UUID me = principal.accountId();
		boolean mayLook = current.isOrganizer() || current.isChapterLead()
				|| current.isCoach() && coachees.coaches(me, accountId);
		if (trainer == null || !mayLook) {
			throw new FeedbackNotFound();
		}
		FeedbackReader reader = FeedbackController.reader(current, principal);
		model.addAttribute("trainer", trainer);
		model.addAttribute("history", rows.of(feedbacks.historyOf(accountId, reader), people, locale));
		return "coaching/feedback/trainer";
	}

	private List<TrainerVerdicts> trainerVerdicts(Set<UUID> trainers, Map<UUID, Person> people) {
		List<LatestVerdict> latest = feedbacks.latestVerdictsOf(trainers);
		Map<UUID, Map<UUID, String>> titles = moduleTitles
			.ofTrainings(latest.stream().map(LatestVerdict::trainingId).distinct().toList());
		// Per trainer, the latest verdict per module across trainings.
		Map<UUID, Map<UUID, LatestVerdict>> byTrainer = new HashMap<>();
		for (LatestVerdict verdict : latest) {
			byTrainer.computeIfAbsent(verdict.presenterId(), id -> new LinkedHashMap<>())
				.merge(verdict.moduleKey(), verdict,
						(one, other) -> one.submittedAt().isAfter(other.submittedAt()) ? one : other);
		}
		List<TrainerVerdicts> list = new ArrayList<>();
		for (UUID trainerId : trainers) {
			List<ModuleVerdict> modules = byTrainer.getOrDefault(trainerId, Map.of())
				.values()
				.stream()
				.map(verdict -> new ModuleVerdict(titles.getOrDefault(verdict.trainingId(), Map.of())
					.getOrDefault(verdict.moduleKey(), ""), verdict.verdict(), verdict.feedbackId()))
				.sorted(Comparator.comparing(ModuleVerdict::moduleTitle))
				.toList();
			list.add(new TrainerVerdicts(trainerId, people.get(trainerId).name(), modules));
		}
		list.sort(Comparator.comparing(TrainerVerdicts::name, String.CASE_INSENSITIVE_ORDER));
		return list;
	}

}
