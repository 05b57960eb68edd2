package org.liminal.coaching.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughView;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.trainings.Post;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.stereotype.Component;

/**
 * The run-through forms' rows and choices: a row per module seat of the training, each presented by the seat's
 * holder and planned at the module's length unless a run-through says otherwise; presenters (the team first) and
 * watchers (the training's coach first).
 */
@Component
class RunThroughForms {

	private final Programs programs;

	private final Chapters chapters;

	private final Trainings trainings;

	RunThroughForms(Programs programs, Chapters chapters, Trainings trainings) {
		this.programs = programs;
		this.chapters = chapters;
		this.trainings = trainings;
	}

	/** The training's modules and the organization's people. */
	Roster roster(TrainingView training) {
		List<ModuleView> modules = programs.version(training.versionId())
			.orElseThrow(TrainingNotFound::new)
			.modules();
		return new Roster(modules, chapters.people());
	}

	/** A new run-through on the chapter's today; the rows this person presents are ticked. */
	RunThroughForm blank(TrainingView training, Roster roster, UUID me) {
		RunThroughForm form = new RunThroughForm();
		form.setDate(trainings.today(training.chapter().zone()));
		for (ModuleView module : roster.modules()) {
			for (UUID holder : holders(training, module.key())) {
				form.getParts().add(new RunThroughForm.Part(me.equals(holder), module.key(), holder,
						module.durationMinutes(), null));
			}
		}
		return form;
	}

	/** The run-through as it stands, its parts ticked in their rows, the other seats' rows left to tick. */
	RunThroughForm of(RunThroughView runThrough, TrainingView training, Roster roster) {
		RunThroughForm form = new RunThroughForm();
		form.setDate(runThrough.details().date());
		form.setStartsAt(runThrough.details().startsAt());
		form.setFormat(runThrough.details().format());
		form.setPlace(runThrough.details().place());
		form.setNotes(runThrough.details().notes());
		form.setSelfAssessment(runThrough.details().selfAssessment());
		form.setWatchers(runThrough.details().watchers().stream().map(UUID::toString).toList());
		form.setVersion(runThrough.version());
		List<Presentation> left = new ArrayList<>(runThrough.parts());
		for (ModuleView module : roster.modules()) {
			List<Presentation> ofModule = left.stream().filter(part -> part.moduleKey().equals(module.key())).toList();
			left.removeAll(ofModule);
			List<UUID> holders = holders(training, module.key());
			int rows = Math.max(ofModule.size(), holders.size());
			for (int row = 0; row < rows; row++) {
				if (row < ofModule.size()) {
					Presentation part = ofModule.get(row);
					form.getParts().add(new RunThroughForm.Part(true, part.moduleKey(), part.presenterId(),
							part.plannedMinutes(), part.actualMinutes()));
				}
				else {
					form.getParts().add(new RunThroughForm.Part(false, module.key(), holders.get(row),
							module.durationMinutes(), null));
				}
			}
		}
		// Modules the training's version no longer has stay listed, to be unticked.
		left.forEach(part -> form.getParts().add(new RunThroughForm.Part(true, part.moduleKey(), part.presenterId(),
				part.plannedMinutes(), part.actualMinutes())));
		return form;
	}

	/** Who may present: the training's trainers first, then the organization's other trainers. */
	List<Choice> presenters(TrainingView training, Roster roster, RunThroughForm form) {
		Set<UUID> team = new LinkedHashSet<>();
		training.team()
			.stream()
			.filter(StaffedSeat::isFilled)
			.filter(seat -> seat.seat().post() == Post.LEAD_TRAINER || seat.seat().post() == Post.MODULE)
			.forEach(seat -> team.add(seat.holder().accountId()));
		Set<String> chosen = new LinkedHashSet<>();
		form.getParts().forEach(part -> chosen.add(part.getPresenter()));
		List<Choice> choices = new ArrayList<>();
		for (Person person : roster.people()) {
			String id = person.accountId().toString();
			if (team.contains(person.accountId()) || person.has(OrganizationRole.TRAINER) || chosen.contains(id)) {
				choices.add(new Choice(id, person.name(), team.contains(person.accountId())));
			}
		}
		choices.sort(Comparator.comparing(choice -> !choice.onTeam()));
		return choices;
	}

	/** Who may have watched: the training's coach, the other coaches, then the trainers. */
	List<Choice> watchers(TrainingView training, Roster roster, RunThroughForm form) {
		Set<UUID> coachSeat = new LinkedHashSet<>();
		training.seatsOf(Post.COACH)
			.stream()
			.filter(StaffedSeat::isFilled)
			.forEach(seat -> coachSeat.add(seat.holder().accountId()));
		List<Choice> choices = new ArrayList<>();
		for (Person person : roster.people()) {
			String id = person.accountId().toString();
			if (person.has(OrganizationRole.COACH) || person.has(OrganizationRole.TRAINER)
					|| coachSeat.contains(person.accountId()) || form.getWatchers().contains(id)) {
				choices.add(new Choice(id, person.name(), coachSeat.contains(person.accountId())));
			}
		}
		choices.sort(Comparator.comparing((Choice choice) -> !choice.onTeam())
			.thenComparing(choice -> !roster.isCoach(choice.id())));
		return choices;
	}

	/** The holders of a module's seats, one per seat ({@code null} for an open one), at least one row. */
	private static List<UUID> holders(TrainingView training, UUID moduleKey) {
		List<UUID> holders = new ArrayList<>();
		training.seatsOf(Post.MODULE)
			.stream()
			.filter(seat -> seat.seat().moduleKey().equals(moduleKey))
			.sorted(Comparator.comparingInt(seat -> seat.seat().number()))
			.forEach(seat -> holders.add(seat.isFilled() ? seat.holder().accountId() : null));
		if (holders.isEmpty()) {
			holders.add(null);
		}
		return holders;
	}

	/**
	 * One person to choose in a select or a checkbox list.
	 *
	 * @param onTeam on the training's team (presenters) or in its coach's seat (watchers): listed first
	 */
	record Choice(String id, String name, boolean onTeam) {
	}

}
