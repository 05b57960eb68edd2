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
		return drafts.require(programId).addChecklistItem(task, dayOfRole(task)).id();
	}

	@Transactional
	public void change(UUID programId, UUID itemId, ChecklistTask task, long expectedVersion) {
		ProgramVersion draft = drafts.require(programId);
		ChecklistTemplateItem item = draft.checklistItem(itemId);
		Drafts.requireVersion(item.version(), expectedVersion, ChecklistTemplateItem.class, itemId);
		draft.changeChecklistItem(itemId, task, dayOfRole(task));
	}

	@Transactional
	public void remove(UUID programId, UUID itemId) {
		drafts.require(programId).removeChecklistItem(itemId);
	}

	private DayOfRole dayOfRole(ChecklistTask task) {
		return task.dayOfRoleId() == null || task.responsible() != ResponsibleRole.DAY_OF_ROLE ? null
				: dayOfRoles.require(task.dayOfRoleId());
	}

}
