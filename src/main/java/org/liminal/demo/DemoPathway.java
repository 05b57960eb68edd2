package org.liminal.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.Chapters;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.pathway.Evidence;
import org.liminal.pathway.NewGrant;
import org.liminal.pathway.QualificationKindView;
import org.liminal.pathway.QualificationKinds;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Badges on the demo pathway: the usual five kinds, the coaches recognized as coaches, lead trainers as lead
 * trainers, Priya as trainer of the module she was found ready on in Chicago, a few trainers as having done the
 * core training and Daniel as a day-of volunteer. Aisha, found ready twice on her modules of the training Boston
 * held, is left for a coach to recognize: she is on the "ready to recognize" list.
 */
@Component
@Profile("demo & !operator")
class DemoPathway {

	private final QualificationKinds kinds;

	private final Qualifications qualifications;

	private final Chapters chapters;

	private final TrainingFinder trainings;

	private final RunThroughs runThroughs;

	private final MessageSource messages;

	DemoPathway(QualificationKinds kinds, Qualifications qualifications, Chapters chapters, TrainingFinder trainings,
			RunThroughs runThroughs, MessageSource messages) {
		this.kinds = kinds;
		this.qualifications = qualifications;
		this.chapters = chapters;
		this.trainings = trainings;
		this.runThroughs = runThroughs;
		this.messages = messages;
	}

	/** Seeds the kinds and badges of the organization set as tenant, unless it has kinds already. */
	@Transactional
	void seedUnlessPresent() {
		if (!kinds.all().isEmpty() || chapters.all().isEmpty()) {
			return;
		}
		kinds.addUsual(Locale.ENGLISH);
		Map<String, UUID> people = new HashMap<>();
		chapters.people().forEach(person -> people.put(person.email().substring(0, person.email().indexOf('@')),
				person.accountId()));
		UUID organizer = people.get("organizer");
		Map<String, QualificationKindView> byName = new HashMap<>();
		kinds.all().forEach(kind -> byName.put(kind.name(), kind));
		QualificationKindView coach = usual(byName, "pathway.usual.coach.name");
		QualificationKindView leadTrainer = usual(byName, "pathway.usual.lead_trainer.name");
		QualificationKindView core = usual(byName, "pathway.usual.core_training.name");
		QualificationKindView dayOf = usual(byName, "pathway.usual.day_of_volunteer.name");
		QualificationKindView moduleTrainer = usual(byName, "pathway.usual.module_trainer.name");

		for (String handle : List.of("coach", "ruth", "nadia")) {
			grant(people.get(handle), coach, null, new Evidence("Coaches since the first wave of trainings.", null, null),
					organizer);
		}
		for (String handle : List.of("aisha", "priya", "jamal")) {
			grant(people.get(handle), leadTrainer, null, new Evidence("Led trainings with a coach watching.", null, null),
					organizer);
		}
		for (String handle : List.of("trainer", "grace", "hannah", "marcus")) {
			grant(people.get(handle), core, null, new Evidence("Attended the core training.", null, null), organizer);
		}
		grant(people.get("daniel"), dayOf, null, new Evidence("Welcomer at the Boston training.", null, null), organizer);
		priyasModule(people.get("priya"), moduleTrainer, organizer);
	}

	/** Priya as trainer of her first module of Chicago's training of trainers, with its run-through as evidence. */
	private void priyasModule(UUID priya, QualificationKindView moduleTrainer, UUID organizer) {
		List<UUID> ids = trainings.find(TrainingFilter.any(), 1, 100).trainings().stream().map(TrainingSummary::id).toList();
		runThroughs.ofTrainings(ids)
			.values()
			.stream()
			.flatMap(List::stream)
			.filter(RunThroughView::isHeld)
			.filter(runThrough -> runThrough.presents(priya))
			.findFirst()
			.ifPresent(runThrough -> runThrough.parts()
				.stream()
				.filter(part -> part.presenterId().equals(priya))
				.findFirst()
				.ifPresent(part -> grant(priya, moduleTrainer, part.moduleKey(),
						new Evidence("Found ready in the run-through.", runThrough.trainingId(), runThrough.id()),
						organizer)));
	}

	private void grant(UUID holder, QualificationKindView kind, UUID moduleKey, Evidence evidence, UUID organizer) {
		if (holder != null && kind != null) {
			qualifications.grant(holder, new NewGrant(kind.id(), moduleKey, evidence), organizer);
		}
	}

	/** The usual kind that {@link QualificationKinds#addUsual} named by this message in English. */
	private QualificationKindView usual(Map<String, QualificationKindView> byName, String nameKey) {
		return byName.get(messages.getMessage(nameKey, null, Locale.ENGLISH));
	}

}
