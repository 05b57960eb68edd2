package org.liminal.coaching.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * A run-through as its forms send it: one row per module seat of the training (a module with two trainer seats has
 * two rows), of which only the rows ticked "covered" count. Presenters, watchers and minutes arrive as text, so that
 * whatever is typed or forged comes back as a message next to its field rather than as an error page.
 */
public class RunThroughForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime startsAt;

	@NotNull
	private RunThroughFormat format = RunThroughFormat.IN_PERSON;

	@Size(max = RunThroughDetails.MAX_PLACE)
	private String place = "";

	private List<Part> parts = new ArrayList<>();

	private List<String> watchers = new ArrayList<>();

	@Size(max = RunThroughDetails.MAX_NOTES)
	private String notes = "";

	@Size(max = RunThroughDetails.MAX_SELF_ASSESSMENT)
	private String selfAssessment = "";

	private long version;

	/**
	 * What the form says, or {@code null} after rejecting the rows, presenters and watchers that are not well formed.
	 *
	 * @param held whether actual minutes count (logging) or are left out (planning)
	 */
	RunThroughDetails details(boolean held, BindingResult result) {
		List<Presentation> presentations = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			if (part.isCovered()) {
				Presentation presentation = part.presentation(held, result, "parts[" + i + "]");
				if (presentation != null) {
					presentations.add(presentation);
				}
			}
		}
		Set<UUID> watcherIds = new LinkedHashSet<>();
		for (String watcher : watchers) {
			UUID id = Part.uuid(watcher);
			if (id == null) {
				result.rejectValue("watchers", "runThrough.error.unknownWatcher");
				break;
			}
			watcherIds.add(id);
		}
		if (result.hasErrors()) {
			return null;
		}
		return new RunThroughDetails(date, startsAt, format, place, presentations, watcherIds, notes,
				held ? selfAssessment : "");
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public RunThroughFormat getFormat() {
		return format;
	}

	public void setFormat(RunThroughFormat format) {
		this.format = format;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public List<Part> getParts() {
		return parts;
	}

	public void setParts(List<Part> parts) {
		this.parts = parts;
	}

	public List<String> getWatchers() {
		return watchers;
	}

	public void setWatchers(List<String> watchers) {
		this.watchers = watchers;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getSelfAssessment() {
		return selfAssessment;
	}

	public void setSelfAssessment(String selfAssessment) {
		this.selfAssessment = selfAssessment;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** One module seat's row: whether it was covered, by whom, and its minutes. */
	public static class Part {

		private boolean covered;

		private String moduleKey = "";

		private String presenter = "";

		private String plannedMinutes = "";

		private String actualMinutes = "";

		public Part() {
		}

		Part(boolean covered, UUID moduleKey, UUID presenter, Integer plannedMinutes, Integer actualMinutes) {
			this.covered = covered;
			this.moduleKey = moduleKey.toString();
			this.presenter = presenter == null ? "" : presenter.toString();
			this.plannedMinutes = plannedMinutes == null ? "" : plannedMinutes.toString();
			this.actualMinutes = actualMinutes == null ? "" : actualMinutes.toString();
		}

		private Presentation presentation(boolean held, BindingResult result, String path) {
			UUID module = uuid(moduleKey);
			if (module == null) {
				result.rejectValue("parts", "runThrough.error.unknownModule");
			}
			UUID presenterId = uuid(presenter);
			if (presenterId == null) {
				result.rejectValue(path + ".presenter", "runThrough.form.choosePresenter");
			}
			Integer planned = minutes(plannedMinutes, result, path + ".plannedMinutes");
			Integer actual = held ? minutes(actualMinutes, result, path + ".actualMinutes") : null;
			if (module == null || presenterId == null || planned == null || held && actual == null) {
				return null;
			}
			return new Presentation(module, presenterId, planned, actual);
		}

		private static Integer minutes(String text, BindingResult result, String field) {
			String value = text == null ? "" : text.strip();
			if (value.isEmpty()) {
				result.rejectValue(field, "runThrough.form.minutesMissing");
				return null;
			}
			try {
				int minutes = Integer.parseInt(value);
				if (minutes >= 1 && minutes <= RunThroughDetails.MAX_MINUTES) {
					return minutes;
				}
			}
			catch (NumberFormatException notANumber) {
				// Told below, like a number out of bounds.
			}
			result.rejectValue(field, "runThrough.error.minutes", new Object[] { RunThroughDetails.MAX_MINUTES }, null);
			return null;
		}

		static UUID uuid(String text) {
			try {
				return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
			}
			catch (IllegalArgumentException notAnId) {
				return null;
			}
		}

		public boolean isCovered() {
			return covered;
		}

		public void setCovered(boolean covered) {
			this.covered = covered;
		}

		public String getModuleKey() {
			return moduleKey;
		}

		public void setModuleKey(String moduleKey) {
			this.moduleKey = moduleKey;
		}

		public String getPresenter() {
			return presenter;
		}

		public void setPresenter(String presenter) {
			this.presenter = presenter;
		}

		public String getPlannedMinutes() {
			return plannedMinutes;
		}

		public void setPlannedMinutes(String plannedMinutes) {
			this.plannedMinutes = plannedMinutes;
		}

		public String getActualMinutes() {
			return actualMinutes;
		}

		public void setActualMinutes(String actualMinutes) {
			this.actualMinutes = actualMinutes;
		}

	}

}
