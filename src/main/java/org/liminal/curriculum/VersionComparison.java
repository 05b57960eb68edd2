package org.liminal.curriculum;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What changed from one version of a program to a later one (or to its draft), section by section. A field
 * that did not change is {@code null}; a section that did not change has only empty lists.
 *
 * @param to the later version's number, or {@code null} for the draft
 */
public record VersionComparison(UUID programId, String name, int from, Integer to, DetailChanges details,
		ModuleChanges modules, AgendaChanges agenda, ChecklistChanges checklist, RoleChanges roles) {

	public boolean toDraft() {
		return to == null;
	}

	/** Whether the two versions hold the same curriculum. */
	public boolean isEmpty() {
		return details.isEmpty() && modules.isEmpty() && agenda.isEmpty() && checklist.isEmpty() && roles.isEmpty();
	}

	/** One value before and after. */
	public record Change<T>(T before, T after) {

		/** The change from {@code before} to {@code after}, or {@code null} when they are equal. */
		static <T> Change<T> of(T before, T after) {
			return Objects.equals(before, after) ? null : new Change<>(before, after);
		}

	}

	/** The program's own fields. */
	public record DetailChanges(Change<String> name, Change<String> description, Change<PathwayLevel> level,
			Change<Integer> lengthDays, Change<Integer> capacity, Change<List<String>> languages) {

		public boolean isEmpty() {
			return name == null && description == null && level == null && lengthDays == null && capacity == null
					&& languages == null;
		}

	}

	/** Modules, matched by their key. */
	public record ModuleChanges(List<ModuleView> added, List<ModuleView> removed, List<ModuleChange> changed) {

		public boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}

	}

	/**
	 * A module in both versions that changed.
	 *
	 * @param title the module's title in the later version
	 * @param renamed its title before and after, when it changed
	 */
	public record ModuleChange(UUID key, String title, Change<String> renamed, Change<String> purpose,
			Change<String> learningGoals, Change<Integer> durationMinutes, Change<Integer> trainersNeeded,
			boolean guideChanged, Change<Boolean> runThroughRequired, List<Material> materialsAdded,
			List<Material> materialsRemoved) {

		boolean isEmpty() {
			return renamed == null && purpose == null && learningGoals == null && durationMinutes == null
					&& trainersNeeded == null && !guideChanged && runThroughRequired == null && materialsAdded.isEmpty()
					&& materialsRemoved.isEmpty();
		}

	}

	/** When days start, where modules sit, and the breaks. */
	public record AgendaChanges(List<DayStartChange> dayStarts, List<ModuleMove> moves, List<BreakChange> breaks,
			List<NotesChange> notes) {

		public boolean isEmpty() {
			return dayStarts.isEmpty() && moves.isEmpty() && breaks.isEmpty() && notes.isEmpty();
		}

	}

	public record DayStartChange(int day, LocalTime before, LocalTime after) {
	}

	/** A place on the agenda: a day, and the place in that day's order counted from 1 (breaks included). */
	public record Placement(int day, int place) {
	}

	/**
	 * A module that was put on the agenda, taken off it, moved to another day, or moved within its day.
	 *
	 * @param before where it was, or {@code null} when it was not on the agenda
	 * @param after where it is, or {@code null} when it is no longer on the agenda
	 */
	public record ModuleMove(UUID key, String title, Placement before, Placement after) {

		public enum Kind {

			SCHEDULED, UNSCHEDULED, OTHER_DAY, REORDERED

		}

		public Kind kind() {
			if (before == null) {
				return Kind.SCHEDULED;
			}
			if (after == null) {
				return Kind.UNSCHEDULED;
			}
			return before.day() == after.day() ? Kind.REORDERED : Kind.OTHER_DAY;
		}

	}

	/**
	 * A break added, removed or lengthened on one day. Breaks have no key: they are matched by title within
	 * their day.
	 *
	 * @param minutesBefore {@code null} for a break added
	 * @param minutesAfter {@code null} for a break removed
	 */
	public record BreakChange(int day, String title, Integer minutesBefore, Integer minutesAfter) {

		public boolean isAdded() {
			return minutesBefore == null;
		}

		public boolean isRemoved() {
			return minutesAfter == null;
		}

	}

	/** New notes for the timekeeper on a module or break of the agenda. */
	public record NotesChange(int day, String title, Change<String> notes) {
	}

	/** Prep-checklist items, matched by their key. */
	public record ChecklistChanges(List<ChecklistItemView> added, List<ChecklistItemView> removed,
			List<ChecklistItemChange> changed) {

		public boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}

	}

	/**
	 * A checklist item in both versions that changed.
	 *
	 * @param title the item's title in the later version
	 */
	public record ChecklistItemChange(UUID key, String title, Change<String> renamed, Change<String> description,
			Change<Integer> offsetDays, Change<Owner> responsible) {

		boolean isEmpty() {
			return renamed == null && description == null && offsetDays == null && responsible == null;
		}

	}

	/**
	 * Who owns a checklist item.
	 *
	 * @param dayOfRoleName the day-of role's name, when {@code role} is {@link ResponsibleRole#DAY_OF_ROLE}
	 */
	public record Owner(ResponsibleRole role, String dayOfRoleName) {

		static Owner of(ChecklistItemView item) {
			return new Owner(item.task().responsible(), item.dayOfRoleName());
		}

	}

	/** The day-of roles needed, matched by role. */
	public record RoleChanges(List<RoleNeedView> added, List<RoleNeedView> removed, List<RoleNeedChange> changed) {

		public boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}

	}

	public record RoleNeedChange(UUID dayOfRoleId, String name, Change<Integer> people) {
	}

}
