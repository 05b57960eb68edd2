package org.liminal.preparation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.chapters.Person;

/**
 * The organization's people by account id, read once per page, to name owners, who ticked a task and who
 * commented. Someone who left the organization has no name any more.
 */
final class People {

	private final Map<UUID, Person> byId;

	private People(Map<UUID, Person> byId) {
		this.byId = byId;
	}

	static People of(List<Person> people) {
		return new People(people.stream().collect(Collectors.toMap(Person::accountId, Function.identity(), (a, b) -> a)));
	}

	/** The person's name, or {@code null} when they are not (or no longer) in the organization. */
	String name(UUID accountId) {
		Person person = accountId == null ? null : byId.get(accountId);
		return person == null ? null : person.name();
	}

}
