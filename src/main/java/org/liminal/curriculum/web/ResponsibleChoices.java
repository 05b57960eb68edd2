package org.liminal.curriculum.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.ResponsibleRole;

/**
 * Who a checklist task can be given to: the people of the training, then the organization's active day-of
 * roles, plus the retired one the task already has (so that editing it does not silently change its owner).
 */
record ResponsibleChoices(List<ResponsibleRole> people, List<DayOfRoleView> dayOfRoles) {

	static ResponsibleChoices of(List<DayOfRoleView> allRoles, UUID keptRoleId) {
		List<ResponsibleRole> people = Arrays.stream(ResponsibleRole.values())
			.filter(role -> role != ResponsibleRole.DAY_OF_ROLE)
			.toList();
		List<DayOfRoleView> dayOfRoles = new ArrayList<>();
		for (DayOfRoleView role : allRoles) {
			if (!role.retired() || role.id().equals(keptRoleId)) {
				dayOfRoles.add(role);
			}
		}
		return new ResponsibleChoices(people, dayOfRoles);
	}

	/** Whether a submitted value is one of the choices offered. */
	boolean offers(String value) {
		return people.stream().anyMatch(role -> role.name().equals(value)) || dayOfRoles.stream()
			.anyMatch(role -> (ChecklistItemForm.DAY_OF_ROLE_PREFIX + role.id()).equals(value));
	}

}
