package org.liminal.curriculum.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liminal.curriculum.ChecklistItemView;
import org.liminal.curriculum.ChecklistTask;
import org.liminal.curriculum.ResponsibleRole;

/**
 * A prep-checklist task as an organizer writes it. The day is asked as "N days before / after the training"
 * rather than a signed number, which reads the way organizers plan; {@code responsible} is one select holding
 * both the people of the training (e.g. {@code LEAD_TRAINER}) and the day-of roles ({@code role:<id>}).
 */
public class ChecklistItemForm {

	/** Whether the task is due before or after the training date. */
	public enum Timing {

		BEFORE, AFTER;

		public String messageKey() {
			return "checklist.timing." + name().toLowerCase(Locale.ROOT);
		}

	}

	static final String DAY_OF_ROLE_PREFIX = "role:";

	/** The days a template task may be due, as the domain and the database define them. */
	static final int EARLIEST_OFFSET = -56;

	static final int LATEST_OFFSET = 14;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@Size(max = 2000)
	private String description = "";

	@NotNull(message = "{checklist.error.daysMissing}")
	@Min(value = 0, message = "{checklist.error.daysMissing}")
	private Integer days = 7;

	@NotNull
	private Timing timing = Timing.BEFORE;

	@NotBlank(message = "{checklist.error.responsible}")
	private String responsible = ResponsibleRole.CHAPTER_LEAD.name();

	private long version;

	static ChecklistItemForm of(ChecklistItemView item) {
		ChecklistTask task = item.task();
		ChecklistItemForm form = new ChecklistItemForm();
		form.title = task.title();
		form.description = task.description();
		form.days = Math.abs(task.offsetDays());
		form.timing = task.offsetDays() > 0 ? Timing.AFTER : Timing.BEFORE;
		form.responsible = choice(task);
		form.version = item.version();
		return form;
	}

	/** The select's value for who owns a task. */
	static String choice(ChecklistTask task) {
		return task.responsible() == ResponsibleRole.DAY_OF_ROLE ? DAY_OF_ROLE_PREFIX + task.dayOfRoleId()
				: task.responsible().name();
	}

	/** Call only once {@code responsible} is known to be one of the choices offered. */
	ChecklistTask task() {
		boolean dayOfRole = responsible.startsWith(DAY_OF_ROLE_PREFIX);
		return new ChecklistTask(title, description, offsetDays(),
				dayOfRole ? ResponsibleRole.DAY_OF_ROLE : ResponsibleRole.valueOf(responsible),
				dayOfRole ? UUID.fromString(responsible.substring(DAY_OF_ROLE_PREFIX.length())) : null);
	}

	int offsetDays() {
		return timing == Timing.AFTER ? days : -days;
	}

	boolean dayInRange() {
		return offsetDays() >= EARLIEST_OFFSET && offsetDays() <= LATEST_OFFSET;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title.strip();
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description.strip();
	}

	public Integer getDays() {
		return days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	public Timing getTiming() {
		return timing;
	}

	public void setTiming(Timing timing) {
		this.timing = timing;
	}

	public String getResponsible() {
		return responsible;
	}

	public void setResponsible(String responsible) {
		this.responsible = responsible == null ? "" : responsible.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
