package org.liminal.preparation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.Person;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingView;

/** Whom a task of a training can go to: the people on its team and its chapter's leads, by name. */
final class Choices {

	/** One person to choose. */
	record Choice(UUID id, String name) {
	}

	private Choices() {
	}

	static List<Choice> of(TrainingView training) {
		Map<UUID, Choice> choices = new LinkedHashMap<>();
		training.team()
			.stream()
			.filter(StaffedSeat::isFilled)
			.map(StaffedSeat::holder)
			.forEach(person -> choices.putIfAbsent(person.accountId(), choice(person)));
		training.chapter().leads().forEach(person -> choices.putIfAbsent(person.accountId(), choice(person)));
		return choices.values().stream().sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	static boolean contains(List<Choice> choices, UUID accountId) {
		return choices.stream().anyMatch(choice -> choice.id().equals(accountId));
	}

	private static Choice choice(Person person) {
		return new Choice(person.accountId(), person.name());
	}

}
