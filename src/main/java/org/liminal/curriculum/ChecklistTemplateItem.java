package org.liminal.curriculum;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * One task of the prep checklist every training of this version gets: due a number of days before (negative)
 * or after the training date, owned by a role on the training.
 */
@Entity
@Table(name = "checklist_template_item")
class ChecklistTemplateItem {

	static final int EARLIEST_OFFSET = -56;

	static final int LATEST_OFFSET = 14;

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_version_id")
	private ProgramVersion programVersion;

	private UUID key;

	private String title;

	private String description;

	private int offsetDays;

	@Enumerated(EnumType.STRING)
	private ResponsibleRole responsible;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "day_of_role_id")
	private DayOfRole dayOfRole;

	@Version
	private long version;

	protected ChecklistTemplateItem() {
	}

	ChecklistTemplateItem(ProgramVersion programVersion, UUID key, ChecklistTask task, DayOfRole dayOfRole) {
		this.id = UUID.randomUUID();
		this.programVersion = programVersion;
		this.key = key;
		change(task, dayOfRole);
	}

	void change(ChecklistTask task, DayOfRole dayOfRole) {
		if (task.offsetDays() < EARLIEST_OFFSET || task.offsetDays() > LATEST_OFFSET) {
			throw new CurriculumChangeRefused("checklist.error.offsetRange", -EARLIEST_OFFSET, LATEST_OFFSET);
		}
		if ((task.responsible() == ResponsibleRole.DAY_OF_ROLE) != (dayOfRole != null)) {
			throw new CurriculumChangeRefused("checklist.error.dayOfRole");
		}
		this.title = task.title().strip();
		this.description = task.description().strip();
		this.offsetDays = task.offsetDays();
		this.responsible = task.responsible();
		this.dayOfRole = dayOfRole;
	}

	ChecklistTemplateItem copyInto(ProgramVersion draft) {
		return new ChecklistTemplateItem(draft, key, task(), dayOfRole);
	}

	ChecklistTask task() {
		return new ChecklistTask(title, description, offsetDays, responsible,
				dayOfRole == null ? null : dayOfRole.id());
	}

	long version() {
		return version;
	}

	UUID id() {
		return id;
	}

	UUID key() {
		return key;
	}

	String title() {
		return title;
	}

	int offsetDays() {
		return offsetDays;
	}

	boolean sameTaskAs(String otherTitle, int otherOffset) {
		return offsetDays == otherOffset && title.equalsIgnoreCase(otherTitle.strip());
	}

	ChecklistItemView view() {
		return new ChecklistItemView(id, key, task(), dayOfRole == null ? null : dayOfRole.name(), version);
	}

}
