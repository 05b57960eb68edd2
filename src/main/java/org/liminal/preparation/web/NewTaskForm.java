package org.liminal.preparation.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liminal.preparation.NewTask;
import org.springframework.format.annotation.DateTimeFormat;

/** A task someone adds to a training's checklist by hand. */
public class NewTaskForm {

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@Size(max = 4000)
	private String description = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	/** An account id, or empty for the chapter's leads. */
	private String owner = "";

	/** The owner chosen, or {@code null} for the chapter's leads (also for anything that is not an id). */
	UUID ownerId() {
		try {
			return owner == null || owner.isBlank() ? null : UUID.fromString(owner);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	boolean ownerIsValid() {
		return owner == null || owner.isBlank() || ownerId() != null;
	}

	NewTask task() {
		return new NewTask(title, description, dueDate, ownerId());
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

}
