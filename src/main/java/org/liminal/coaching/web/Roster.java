package org.liminal.coaching.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.chapters.Person;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughView;
import org.liminal.curriculum.ModuleView;
import org.liminal.organizations.OrganizationRole;

/**
 * A training's modules (of its curriculum version) and the organization's people, read once per page, to name what
 * run-throughs hold by key and account id. A module no longer in the version or a person who left has no name.
 */
final class Roster {

	private final List<ModuleView> modules;

	private final Map<UUID, ModuleView> modulesByKey;

	private final List<Person> people;

	private final Map<UUID, Person> peopleById;

	Roster(List<ModuleView> modules, List<Person> people) {
		this.modules = List.copyOf(modules);
		this.modulesByKey = modules.stream().collect(Collectors.toMap(ModuleView::key, Function.identity()));
		this.people = List.copyOf(people);
		this.peopleById = people.stream()
			.collect(Collectors.toMap(Person::accountId, Function.identity(), (first, second) -> first));
	}

	List<ModuleView> modules() {
		return modules;
	}

	List<Person> people() {
		return people;
	}

	/** The module's title by its key, or {@code null}. */
	String module(UUID key) {
		ModuleView module = key == null ? null : modulesByKey.get(key);
		return module == null ? null : module.title();
	}

	/** Module titles by key as text, for forms whose rows carry the key as text. */
	Map<String, String> moduleTitles() {
		return modules.stream().collect(Collectors.toMap(module -> module.key().toString(), ModuleView::title));
	}

	/** The person's name, or {@code null}. */
	String name(UUID accountId) {
		Person person = accountId == null ? null : peopleById.get(accountId);
		return person == null ? null : person.name();
	}

	/** Whether the person (by account id as text) holds the coach role. */
	boolean isCoach(String accountId) {
		UUID id = RunThroughForm.Part.uuid(accountId);
		Person person = id == null ? null : peopleById.get(id);
		return person != null && person.has(OrganizationRole.COACH);
	}

	RunThroughCard card(RunThroughView runThrough) {
		List<RunThroughCard.Line> lines = runThrough.parts()
			.stream()
			.map(part -> new RunThroughCard.Line(part, module(part.moduleKey()), name(part.presenterId()),
					Timing.of(part.plannedMinutes(), part.actualMinutes())))
			.toList();
		List<String> watchers = runThrough.details()
			.watchers()
			.stream()
			.map(this::name)
			.filter(name -> name != null)
			.sorted(Comparator.comparing(String::toLowerCase))
			.toList();
		int planned = runThrough.parts().stream().mapToInt(Presentation::plannedMinutes).sum();
		boolean timed = !runThrough.parts().isEmpty() && runThrough.parts().stream().allMatch(Presentation::isTimed);
		Integer actual = timed ? runThrough.parts().stream().mapToInt(Presentation::actualMinutes).sum() : null;
		return new RunThroughCard(runThrough, lines, watchers, name(runThrough.plannedBy()),
				name(runThrough.loggedBy()), planned, actual, Timing.of(planned, actual));
	}

}
