package org.liminal.trainings.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.Clash;
import org.liminal.trainings.Post;
import org.liminal.trainings.StaffingNotes;
import org.liminal.trainings.StaffingRefused;
import org.liminal.trainings.TrainingChangeRefused;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staffing page: every seat of the team on one form, each a choice among the people who may take it,
 * the chapter's own pool first. Saving sets the whole team at once, so two leads staffing the same training
 * get a conflict message rather than a mix of both.
 */
@Controller
@RequestMapping("/{org}/trainings/{trainingId}/staffing")
class StaffingController {

	private final Trainings trainings;

	private final Chapters chapters;

	private final TrainingAccess access;

	private final SeatLabels labels;

	private final MessageSource messages;

	private final List<StaffingNotes> notes;

	StaffingController(Trainings trainings, Chapters chapters, TrainingAccess access, SeatLabels labels,
			MessageSource messages, List<StaffingNotes> notes) {
		this.notes = notes;
		this.trainings = trainings;
		this.chapters = chapters;
		this.access = access;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping
	String staffing(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId, Locale locale,
			Model model) {
		access.requireEditable(current, principal, trainingId);
		TrainingView training = trainings.training(trainingId);
		model.addAttribute("staffingForm", StaffingForm.of(training));
		return page(training, Set.of(), locale, model);
	}

	@PostMapping
	String save(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID trainingId,
			@ModelAttribute("staffingForm") StaffingForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		access.requireEditable(current, principal, trainingId);
		Set<String> clashing = Set.of();
		try {
			trainings.staff(trainingId, form.team(), form.getVersion());
			redirect.addFlashAttribute("flashSuccess", "training.staffing.saved");
			return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
		}
		catch (IllegalArgumentException malformed) {
			result.reject("training.error.noSuchSeat");
		}
		catch (TrainingChangeRefused refusal) {
			result.reject(refusal.messageKey(), refusal.arguments(), null);
		}
		catch (StaffingRefused refused) {
			for (Clash clash : refused.clashes()) {
				result.reject("training.staffing.clash", new Object[] { clash.person().name(),
						labels.label(clash.first(), locale), labels.label(clash.second(), locale) }, null);
			}
			clashing = refused.clashes()
				.stream()
				.flatMap(clash -> java.util.stream.Stream.of(clash.first(), clash.second()))
				.map(seat -> seat.seat().code())
				.collect(Collectors.toSet());
		}
		catch (OptimisticLockingFailureException conflict) {
			result.reject("training.error.conflict");
			TrainingView saved = trainings.training(trainingId);
			form.setVersion(saved.version());
			model.addAttribute("saved", saved);
		}
		return page(trainings.training(trainingId), clashing, locale, model);
	}

	private String page(TrainingView training, Set<String> clashing, Locale locale, Model model) {
		List<Person> people = chapters.people();
		Map<UUID, String> chapterNames = chapters.all()
			.stream()
			.collect(Collectors.toMap(ChapterView::id, ChapterView::name));
		model.addAttribute("training", training);
		model.addAttribute("clashing", clashing);
		model.addAttribute("labels", training.team()
			.stream()
			.collect(Collectors.toMap(seat -> seat.seat().code(), seat -> labels.label(seat.plan(), locale))));
		model.addAttribute("candidates", java.util.Arrays.stream(Post.values())
			.collect(Collectors.toMap(Post::name, post -> candidates(people, post, training.chapter(), chapterNames, locale))));
		List<UUID> everyone = people.stream().map(Person::accountId).toList();
		Map<String, String> holderNotes = new HashMap<>();
		Map<String, Map<String, String>> candidateNotes = new HashMap<>();
		for (StaffingNotes source : notes) {
			StaffingNotes.Notes found = source.notes(training, everyone, locale);
			found.holders().forEach((seat, note) -> holderNotes.merge(seat, note, StaffingController::joined));
			found.candidates().forEach((seat, byPerson) -> byPerson.forEach((person, note) -> candidateNotes
				.computeIfAbsent(seat, code -> new HashMap<>())
				.merge(person.toString(), note, StaffingController::joined)));
		}
		model.addAttribute("holderNotes", holderNotes);
		model.addAttribute("candidateNotes", candidateNotes);
		return "trainings/staffing";
	}

	private static String joined(String one, String other) {
		return one + " · " + other;
	}

	/** Who may take a seat of this post: the chapter's pool first, then everyone else who may. */
	private List<CandidateGroup> candidates(List<Person> people, Post post, ChapterView chapter,
			Map<UUID, String> chapterNames, Locale locale) {
		List<Person> eligible = people.stream().filter(person -> Trainings.eligible(person, post)).toList();
		List<Candidate> pool = new ArrayList<>();
		List<Candidate> others = new ArrayList<>();
		for (Person person : eligible) {
			(person.inPoolOf(chapter.id()) ? pool : others).add(new Candidate(person.accountId().toString(),
					person.name() + pools(person, chapterNames)));
		}
		List<CandidateGroup> groups = new ArrayList<>();
		if (!pool.isEmpty()) {
			groups.add(new CandidateGroup(messages.getMessage("training.staffing.pool", new Object[] { chapter.name() },
					locale), pool));
		}
		if (!others.isEmpty()) {
			groups.add(new CandidateGroup(messages.getMessage("training.staffing.others", null, locale), others));
		}
		return groups;
	}

	/** The chapters whose pools a person is in, in brackets after their name. */
	private static String pools(Person person, Map<UUID, String> chapterNames) {
		List<String> names = person.poolChapterIds().stream().map(chapterNames::get).sorted().toList();
		return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
	}

	/** One person in a seat's choice list. */
	record Candidate(String accountId, String label) {
	}

	/** The choices of one seat, grouped as the select's option groups. */
	record CandidateGroup(String label, List<Candidate> candidates) {
	}

}
