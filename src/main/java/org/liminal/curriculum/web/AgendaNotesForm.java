package org.liminal.curriculum.web;

import jakarta.validation.constraints.Size;

/** The notes on one place of the agenda, printed on the run-of-show for the timekeeper and trainers. */
public class AgendaNotesForm {

	@Size(max = 1000, message = "{agenda.error.notesLength}")
	private String notes = "";

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes == null ? "" : notes.strip();
	}

}
