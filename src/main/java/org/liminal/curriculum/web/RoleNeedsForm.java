package org.liminal.curriculum.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.RoleNeedView;

/**
 * How many people a draft needs in each day-of role (0: not needed); {@code version} is the draft's, for
 * conflicts.
 */
public class RoleNeedsForm {

	static final int MOST_PEOPLE = 50;

	private Map<UUID, @NotNull(message = "{roleNeeds.error.people}") @Min(value = 0,
			message = "{roleNeeds.error.people}") @Max(value = MOST_PEOPLE,
					message = "{roleNeeds.error.people}") Integer> people = new LinkedHashMap<>();

	private long version;

	static RoleNeedsForm of(List<RoleNeedView> needs, List<DayOfRoleView> roles, long version) {
		RoleNeedsForm form = new RoleNeedsForm();
		roles.forEach(role -> form.people.put(role.id(), 0));
		needs.forEach(need -> form.people.put(need.dayOfRoleId(), need.people()));
		form.version = version;
		return form;
	}

	/** The people asked for each of the roles shown; a role missing from the submitted form is not needed. */
	Map<UUID, Integer> peopleByRole(List<DayOfRoleView> roles) {
		Map<UUID, Integer> byRole = new LinkedHashMap<>();
		roles.forEach(role -> byRole.put(role.id(), people.getOrDefault(role.id(), 0)));
		return byRole;
	}

	public Map<UUID, Integer> getPeople() {
		return people;
	}

	public void setPeople(Map<UUID, Integer> people) {
		this.people = people == null ? new LinkedHashMap<>() : people;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
