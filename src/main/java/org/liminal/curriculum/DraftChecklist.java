package org.liminal.curriculum;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing the prep-checklist template of a program's draft. */
@Service
public class DraftChecklist {

	private final Drafts drafts;

	private final DayOfRoles dayOfRoles;

	DraftChecklist(Drafts drafts, DayOfRoles dayOfRoles) {
		this.drafts = drafts;
		this.dayOfRoles = dayOfRoles;
	}

	@Transactional
	public UUID add(UUID programId, ChecklistTask task) {
		return drafts.require(programId).addChecklistItem(task, dayOfRole(task, null)).id();
	}

	@Transactional
	public void change(UUID programId, UUID itemId, ChecklistTask task, long expectedVersion) {
		ProgramVersion draft = drafts.require(programId);
		ChecklistTemplateItem item = draft.checklistItem(itemId);
		Drafts.requireVersion(item.version(), expectedVersion, ChecklistTemplateItem.class, itemId);
		draft.changeChecklistItem(itemId, task, dayOfRole(task, item.task().dayOfRoleId()));
	}

	@Transactional
	public void remove(UUID programId, UUID itemId) {
		drafts.require(programId).removeChecklistItem(itemId);
	}

	/** The task's day-of role; a retired one only if the task already had it. */
	private DayOfRole dayOfRole(ChecklistTask task, UUID currentRoleId) {
		if (task.dayOfRoleId() == null || task.responsible() != ResponsibleRole.DAY_OF_ROLE) {
			return null;
		}
		DayOfRole role = dayOfRoles.require(task.dayOfRoleId());
		if (role.retired() && !role.id().equals(currentRoleId)) {
			throw new CurriculumChangeRefused("checklist.error.responsible");
		}
		return role;
	}

}
