package org.liminal.curriculum;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which day-of roles a program's draft needs, and how many people in each. */
@Service
public class DraftRoleNeeds {

	private final Drafts drafts;

	private final DayOfRoles dayOfRoles;

	DraftRoleNeeds(Drafts drafts, DayOfRoles dayOfRoles) {
		this.drafts = drafts;
		this.dayOfRoles = dayOfRoles;
	}

	/**
	 * Replaces the draft's role needs.
	 *
	 * @param peopleByRole day-of role id → people needed; 0 means the role is not needed
	 */
	@Transactional
	public void change(UUID programId, Map<UUID, Integer> peopleByRole, long expectedVersion) {
		ProgramVersion draft = drafts.requireUnchanged(programId, expectedVersion);
		Map<DayOfRole, Integer> needs = new LinkedHashMap<>();
		peopleByRole.forEach((roleId, people) -> needs.put(dayOfRoles.require(roleId), people));
		draft.changeRoleNeeds(needs);
	}

}
