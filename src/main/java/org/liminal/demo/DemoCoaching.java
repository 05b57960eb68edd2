package org.liminal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.coaching.Criterion;
import org.liminal.coaching.FeedbackContent;
import org.liminal.coaching.FeedbackSubject;
import org.liminal.coaching.Feedbacks;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughs;
import org.liminal.coaching.Rubrics;
import org.liminal.coaching.Verdict;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.trainings.Post;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Run-throughs and feedback in the states a coaching team leaves them in:
 * <ul>
 * <li>Chicago's training of trainers, a week out, was run through six days ago: Ruth found Priya ready, Jamal ready
 * with changes and Marcus in need of another run-through; Marcus ran his modules through again two days ago and
 * Ruth found him ready (he has not acknowledged it yet). Priya and Jamal acknowledged theirs; Priya replied.</li>
 * <li>Boston's compressed core training has a run-through planned in two days and none held: its presenters have
 * not run their modules through (the browser test logs one).</li>
 * <li>On the training Boston held last month, both coaches watched: Carlos and Ruth found Aisha ready on her
 * modules (two ready verdicts: the pathway suggests her as a module trainer), Carlos found Tamara ready with changes
 * on her first module (she has not acknowledged it yet: My page shows it), and Carlos's feedback to Grace on her
 * first module is still a draft.</li>
 * <li>Chicago's core training in eight weeks has a run-through planned three weeks from now.</li>
 * </ul>
 */
@Component
@Profile("demo & !operator")
class DemoCoaching {

	private final TrainingFinder finder;

	private final Trainings trainings;

	private final Programs programs;

	private final Chapters chapters;

	private final RunThroughs runThroughs;

	private final Feedbacks feedbacks;

	private final Rubrics rubrics;

	DemoCoaching(TrainingFinder finder, Trainings trainings, Programs programs, Chapters chapters,
			RunThroughs runThroughs, Feedbacks feedbacks, Rubrics rubrics) {
		this.finder = finder;
		this.trainings = trainings;
		this.programs = programs;
		this.chapters = chapters;
		this.runThroughs = runThroughs;
		this.feedbacks = feedbacks;
		this.rubrics = rubrics;
	}

	/**
	 * Seeds the run-throughs and feedback of the organization set as tenant, all or nothing, unless the demo
	 * trainings are missing or someone already logged or planned a run-through.
	 */
	@Transactional
	void seedUnlessPresent() {
		List<TrainingSummary> all = finder.find(TrainingFilter.any(), 1, 100).trainings();
		if (all.isEmpty() || !runThroughs.ofTrainings(all.stream().map(TrainingSummary::id).toList()).isEmpty()) {
			return;
		}
		Map<String, UUID> people = new HashMap<>();
		chapters.people().forEach(person -> people.put(handle(person), person.accountId()));
		Optional<TrainingView> trainersTraining = find(all, "Chicago", TrainingStatus.SCHEDULED, 0, 14);
		Optional<TrainingView> compressed = find(all, "Boston", TrainingStatus.SCHEDULED, 0, 14);
		Optional<TrainingView> held = find(all, "Boston", TrainingStatus.COMPLETED, -100, 0);
		Optional<TrainingView> chicagoCore = find(all, "Chicago", TrainingStatus.SCHEDULED, 15, 100);
		trainersTraining.ifPresent(training -> rehearsedAndSignedOff(training, people));
		compressed.ifPresent(training -> plannedOnly(training, 2, people.get("lead"), people.get("coach")));
		held.ifPresent(training -> coachedOnTheDay(training, people));
		chicagoCore.ifPresent(training -> plannedOnly(training, 21, people.get("lead.chicago"), people.get("ruth")));
	}

	private void rehearsedAndSignedOff(TrainingView training, Map<String, UUID> people) {
		UUID ruth = people.get("ruth");
		LocalDate today = trainings.today(training.chapter().zone());
		List<Presentation> all = parts(training, seat -> true, true);
		UUID first = runThroughs.log(training.id(), new RunThroughDetails(today.minusDays(6), LocalTime.of(18, 30),
				RunThroughFormat.IN_PERSON, training.details().address(), all, Set.of(ruth, people.get("lead.chicago")),
				"Full run of every module with the room set up as on the day. The energizers worked; the strategy "
						+ "section ran long.",
				"We were under time on the story but rushed the debriefs."), people.get("priya"));
		UUID marcus = people.get("marcus");
		Map<UUID, Verdict> verdicts = Map.of(people.get("priya"), Verdict.READY, people.get("jamal"),
				Verdict.READY_WITH_CHANGES, marcus, Verdict.ANOTHER_RUN_THROUGH);
		boolean replied = false;
		for (Presentation part : all) {
			Verdict verdict = verdicts.getOrDefault(part.presenterId(), Verdict.READY);
			UUID feedbackId = feedbacks.start(subject(training, first, part), ruth, content(verdict), true);
			if (!part.presenterId().equals(marcus)) {
				feedbacks.acknowledge(feedbackId, part.presenterId());
			}
			if (!replied && part.presenterId().equals(people.get("priya"))) {
				feedbacks.reply(feedbackId, part.presenterId(),
						"Thank you! I'll shorten the opening story so the debrief gets its full ten minutes.");
				replied = true;
			}
		}
		List<Presentation> again = parts(training, seat -> seat.holder().accountId().equals(marcus), true);
		if (!again.isEmpty()) {
			UUID second = runThroughs.log(training.id(), new RunThroughDetails(today.minusDays(2),
					LocalTime.of(19, 0), RunThroughFormat.ONLINE, "", again, Set.of(ruth),
					"Marcus ran his modules again online with the timings Ruth suggested.", "Much calmer this time."),
					ruth);
			again.forEach(part -> feedbacks.start(subject(training, second, part), ruth, content(Verdict.READY), true));
		}
	}

	private void plannedOnly(TrainingView training, int daysAhead, UUID plannedBy, UUID coach) {
		LocalDate date = trainings.today(training.chapter().zone()).plusDays(daysAhead);
		List<Presentation> parts = parts(training, seat -> true, false);
		if (parts.isEmpty() || date.isAfter(training.lastDay())) {
			return;
		}
		runThroughs.plan(training.id(), new RunThroughDetails(date, LocalTime.of(18, 0), RunThroughFormat.ONLINE, "",
				parts, coach == null ? Set.of() : Set.of(coach), "Every module once, with timings.", ""), plannedBy);
	}

	private void coachedOnTheDay(TrainingView training, Map<String, UUID> people) {
		UUID carlos = people.get("coach");
		UUID ruth = people.get("ruth");
		boolean drafted = false;
		boolean toldTamara = false;
		for (Presentation part : parts(training, seat -> true, false)) {
			FeedbackSubject subject = new FeedbackSubject(training.id(), null, part.moduleKey(), part.presenterId());
			if (part.presenterId().equals(people.get("aisha"))) {
				UUID carlosFeedback = feedbacks.start(subject, carlos, content(Verdict.READY), true);
				feedbacks.acknowledge(carlosFeedback, part.presenterId());
				feedbacks.start(subject, ruth, content(Verdict.READY), true);
			}
			else if (!toldTamara && part.presenterId().equals(people.get("trainer"))) {
				feedbacks.start(subject, carlos, content(Verdict.READY_WITH_CHANGES), true);
				toldTamara = true;
			}
			else if (!drafted && part.presenterId().equals(people.get("grace"))) {
				feedbacks.start(subject, carlos, new FeedbackContent(Map.of(), "Warm welcome; people relaxed at once.",
						"", null), false);
				drafted = true;
			}
		}
	}

	/** The training's module seat holders as run-through parts, in seat order, with made-up actual minutes. */
	private List<Presentation> parts(TrainingView training, Predicate<StaffedSeat> which, boolean held) {
		Map<UUID, Integer> minutes = new HashMap<>();
		programs.version(training.versionId())
			.map(version -> version.modules())
			.orElse(List.of())
			.forEach((ModuleView module) -> minutes.put(module.key(), module.durationMinutes()));
		Map<String, Presentation> parts = new LinkedHashMap<>();
		int[] drift = { 8, -3, 12, 0, 5, -6 };
		List<StaffedSeat> seats = new ArrayList<>(training.seatsOf(Post.MODULE));
		for (StaffedSeat seat : seats) {
			if (!seat.isFilled() || !which.test(seat)) {
				continue;
			}
			int planned = minutes.getOrDefault(seat.seat().moduleKey(), 30);
			Integer actual = held ? Math.max(1, planned + drift[parts.size() % drift.length]) : null;
			parts.putIfAbsent(seat.seat().moduleKey() + "/" + seat.holder().accountId(),
					new Presentation(seat.seat().moduleKey(), seat.holder().accountId(), planned, actual));
		}
		return List.copyOf(parts.values());
	}

	private FeedbackSubject subject(TrainingView training, UUID runThroughId, Presentation part) {
		return new FeedbackSubject(training.id(), runThroughId, part.moduleKey(), part.presenterId());
	}

	/** Scores that fit the verdict, on the organization's rubric. */
	private FeedbackContent content(Verdict verdict) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		int base = switch (verdict) {
			case READY -> 4;
			case READY_WITH_CHANGES -> 3;
			case ANOTHER_RUN_THROUGH -> 2;
		};
		int i = 0;
		for (Criterion criterion : rubrics.current().active()) {
			scores.put(criterion.key(), Math.max(1, base - (i++ % 2)));
		}
		return switch (verdict) {
			case READY -> new FeedbackContent(scores, "Clear story, and you kept the room with you throughout.",
					"Leave a little more silence after questions.", verdict);
			case READY_WITH_CHANGES -> new FeedbackContent(scores, "Strong examples from your own organizing.",
					"Cut the second example to stay within time; land the key message before the exercise.", verdict);
			case ANOTHER_RUN_THROUGH -> new FeedbackContent(scores, "You know the material well.",
					"The module ran twelve minutes long and the exercise lost its debrief. Rehearse it again with "
							+ "a timer and have someone watch the clock.",
					verdict);
		};
	}

	/** The demo handle of a person: their email before the "@". */
	private static String handle(Person person) {
		return person.email().substring(0, person.email().indexOf('@'));
	}

	/**
	 * The first training of the chapter in that state whose first day is between {@code from} and {@code to} days
	 * from the chapter's today.
	 */
	private Optional<TrainingView> find(List<TrainingSummary> all, String chapterName, TrainingStatus status,
			int from, int to) {
		return all.stream()
			.filter(training -> training.chapterName().equals(chapterName) && training.status() == status)
			.filter(training -> {
				LocalDate today = trainings.today(training.zone());
				return !training.firstDay().isBefore(today.plusDays(from)) && !training.firstDay().isAfter(today.plusDays(to));
			})
			.findFirst()
			.map(training -> trainings.training(training.id()));
	}

}
