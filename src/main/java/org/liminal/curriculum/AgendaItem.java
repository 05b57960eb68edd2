package org.liminal.curriculum;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A place on one day of the agenda: a module or a break. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_version_id")
	private ProgramVersion programVersion;

	private int day;

	private int position;

	/** The module in this place, of the same version; {@code null} for a break. */
	private UUID moduleId;

	private String breakTitle;

	private Integer breakMinutes;

	private String notes;

	protected AgendaItem() {
	}

	private AgendaItem(ProgramVersion programVersion, int day, int position, UUID moduleId, String breakTitle,
			Integer breakMinutes, String notes) {
		this.id = UUID.randomUUID();
		this.programVersion = programVersion;
		this.day = day;
		this.position = position;
		this.moduleId = moduleId;
		this.breakTitle = breakTitle;
		this.breakMinutes = breakMinutes;
		this.notes = notes;
	}

	static AgendaItem module(ProgramVersion version, int day, int position, CurriculumModule module) {
		return new AgendaItem(version, day, position, module.id(), null, null, "");
	}

	static AgendaItem pause(ProgramVersion version, int day, int position, String title, int minutes) {
		return new AgendaItem(version, day, position, null, title.strip(), minutes, "");
	}

	AgendaItem copyInto(ProgramVersion draft, UUID copiedModuleId) {
		return new AgendaItem(draft, day, position, copiedModuleId, breakTitle, breakMinutes, notes);
	}

	UUID id() {
		return id;
	}

	int day() {
		return day;
	}

	int position() {
		return position;
	}

	void place(int day, int position) {
		this.day = day;
		this.position = position;
	}

	boolean isBreak() {
		return moduleId == null;
	}

	UUID moduleId() {
		return moduleId;
	}

	String breakTitle() {
		return breakTitle;
	}

	int breakMinutes() {
		return breakMinutes;
	}

	String notes() {
		return notes;
	}

	void changeNotes(String notes) {
		this.notes = notes == null ? "" : notes.strip();
	}

}
