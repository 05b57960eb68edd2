package org.liminal.curriculum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.curriculum.VersionComparison.AgendaChanges;
import org.liminal.curriculum.VersionComparison.BreakChange;
import org.liminal.curriculum.VersionComparison.Change;
import org.liminal.curriculum.VersionComparison.ChecklistChanges;
import org.liminal.curriculum.VersionComparison.ChecklistItemChange;
import org.liminal.curriculum.VersionComparison.DayStartChange;
import org.liminal.curriculum.VersionComparison.DetailChanges;
import org.liminal.curriculum.VersionComparison.ModuleChange;
import org.liminal.curriculum.VersionComparison.ModuleChanges;
import org.liminal.curriculum.VersionComparison.ModuleMove;
import org.liminal.curriculum.VersionComparison.NotesChange;
import org.liminal.curriculum.VersionComparison.Owner;
import org.liminal.curriculum.VersionComparison.Placement;
import org.liminal.curriculum.VersionComparison.RoleChanges;
import org.liminal.curriculum.VersionComparison.RoleNeedChange;

/**
 * Compares two versions of a program. Modules and checklist items are matched by their key, which a module or
 * item keeps in every version it is carried into; role needs by their day-of role; breaks by title within
 * their day. Plain code on two views: no database, no Spring.
 */
final class CurriculumComparison {

	private CurriculumComparison() {
	}

	static VersionComparison between(CurriculumView older, CurriculumView newer) {
		return new VersionComparison(newer.programId(), newer.name(), older.number(), newer.number(),
				details(older.details(), newer.details()), modules(older.modules(), newer.modules()),
				agenda(older, newer), checklist(older.checklist(), newer.checklist()),
				roles(older.roleNeeds(), newer.roleNeeds()));
	}

	static DetailChanges details(ProgramDetails before, ProgramDetails after) {
		return new DetailChanges(Change.of(before.name(), after.name()),
				Change.of(before.description(), after.description()), Change.of(before.level(), after.level()),
				Change.of(before.lengthDays(), after.lengthDays()), Change.of(before.capacity(), after.capacity()),
				Change.of(before.languages(), after.languages()));
	}

	static ModuleChanges modules(List<ModuleView> before, List<ModuleView> after) {
		Map<UUID, ModuleView> old = byKey(before, ModuleView::key);
		Map<UUID, ModuleView> now = byKey(after, ModuleView::key);
		List<ModuleChange> changed = new ArrayList<>();
		for (ModuleView module : after) {
			ModuleView previous = old.get(module.key());
			if (previous != null) {
				ModuleChange change = module(previous.content(), module.content(), module.key());
				if (!change.isEmpty()) {
					changed.add(change);
				}
			}
		}
		return new ModuleChanges(onlyIn(after, old.keySet(), ModuleView::key),
				onlyIn(before, now.keySet(), ModuleView::key), changed);
	}

	private static ModuleChange module(ModuleContent before, ModuleContent after, UUID key) {
		return new ModuleChange(key, after.title(), Change.of(before.title(), after.title()),
				Change.of(before.purpose(), after.purpose()), Change.of(before.learningGoals(), after.learningGoals()),
				Change.of(before.durationMinutes(), after.durationMinutes()),
				Change.of(before.trainersNeeded(), after.trainersNeeded()),
				!Objects.equals(before.guide(), after.guide()),
				Change.of(before.runThroughRequired(), after.runThroughRequired()),
				after.materials().stream().filter(material -> !before.materials().contains(material)).toList(),
				before.materials().stream().filter(material -> !after.materials().contains(material)).toList());
	}

	// --- Agenda ---------------------------------------------------------------------

	/** A module or break with its place on the agenda. */
	private record Placed(AgendaDay.Slot slot, Placement placement) {
	}

	static AgendaChanges agenda(CurriculumView older, CurriculumView newer) {
		List<DayStartChange> starts = new ArrayList<>();
		int sharedDays = Math.min(older.agenda().size(), newer.agenda().size());
		for (int i = 0; i < sharedDays; i++) {
			AgendaDay before = older.agenda().get(i);
			AgendaDay after = newer.agenda().get(i);
			if (!before.startsAt().equals(after.startsAt())) {
				starts.add(new DayStartChange(after.day(), before.startsAt(), after.startsAt()));
			}
		}
		Map<UUID, UUID> oldKeys = older.modules().stream().collect(Collectors.toMap(ModuleView::id, ModuleView::key));
		Map<UUID, UUID> newKeys = newer.modules().stream().collect(Collectors.toMap(ModuleView::id, ModuleView::key));
		Map<UUID, Placed> oldModules = placedModules(older.agenda(), oldKeys);
		Map<UUID, Placed> newModules = placedModules(newer.agenda(), newKeys);
		Set<UUID> removedModules = new HashSet<>(oldKeys.values());
		removedModules.removeAll(newKeys.values());

		List<NotesChange> notes = new ArrayList<>();
		newModules.forEach((key, now) -> {
			Placed was = oldModules.get(key);
			if (was != null && !Objects.equals(was.slot().notes(), now.slot().notes())) {
				notes.add(new NotesChange(now.placement().day(), now.slot().title(),
						new Change<>(was.slot().notes(), now.slot().notes())));
			}
		});
		List<BreakChange> breaks = new ArrayList<>();
		int days = Math.max(older.agenda().size(), newer.agenda().size());
		for (int day = 1; day <= days; day++) {
			breaks(breaksOf(older.agenda(), day), breaksOf(newer.agenda(), day), day, breaks, notes);
		}
		return new AgendaChanges(starts, moves(oldModules, newModules, removedModules, days), breaks, notes);
	}

	private static List<ModuleMove> moves(Map<UUID, Placed> before, Map<UUID, Placed> after, Set<UUID> removed,
			int days) {
		List<ModuleMove> moves = new ArrayList<>();
		before.forEach((key, was) -> {
			if (!after.containsKey(key) && !removed.contains(key)) {
				moves.add(new ModuleMove(key, was.slot().title(), was.placement(), null));
			}
		});
		after.forEach((key, now) -> {
			Placed was = before.get(key);
			if (was == null || was.placement().day() != now.placement().day()) {
				moves.add(new ModuleMove(key, now.slot().title(), was == null ? null : was.placement(),
						now.placement()));
			}
		});
		for (int day = 1; day <= days; day++) {
			moves.addAll(reordered(before, after, day));
		}
		moves.sort(Comparator.comparing((ModuleMove move) -> move.after() != null ? move.after() : move.before(),
				Comparator.comparingInt(Placement::day).thenComparingInt(Placement::place)));
		return moves;
	}

	/**
	 * Modules that stayed on a day but changed their order among the others that stayed: those outside the
	 * longest run of modules still in the same order. Modules pushed down by an insertion are not moved.
	 */
	private static List<ModuleMove> reordered(Map<UUID, Placed> before, Map<UUID, Placed> after, int day) {
		List<UUID> old = stayedOn(day, before, after);
		List<UUID> now = stayedOn(day, after, before);
		Set<UUID> inOrder = new HashSet<>(longestCommonSubsequence(old, now));
		return now.stream()
			.filter(key -> !inOrder.contains(key))
			.map(key -> new ModuleMove(key, after.get(key).slot().title(), before.get(key).placement(),
					after.get(key).placement()))
			.toList();
	}

	/** The modules of {@code day} in {@code these}, in their order there, that are on the same day in others. */
	private static List<UUID> stayedOn(int day, Map<UUID, Placed> these, Map<UUID, Placed> others) {
		return these.entrySet()
			.stream()
			.filter(entry -> entry.getValue().placement().day() == day)
			.filter(entry -> others.containsKey(entry.getKey())
					&& others.get(entry.getKey()).placement().day() == day)
			.sorted(Comparator.comparingInt(entry -> entry.getValue().placement().place()))
			.map(Map.Entry::getKey)
			.toList();
	}

	static <T> List<T> longestCommonSubsequence(List<T> a, List<T> b) {
		int[][] lengths = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		List<T> common = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				common.add(a.get(i));
				i++;
				j++;
			}
			else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		return common;
	}

	/** Pairs a day's breaks by title (in order); the unpaired ones were removed or added. */
	private static void breaks(List<Placed> before, List<Placed> after, int day, List<BreakChange> changes,
			List<NotesChange> notes) {
		List<Placed> unpaired = new ArrayList<>(after);
		for (Placed was : before) {
			Placed now = unpaired.stream()
				.filter(candidate -> sameTitle(candidate.slot().title(), was.slot().title()))
				.findFirst()
				.orElse(null);
			if (now == null) {
				changes.add(new BreakChange(day, was.slot().title(), was.slot().minutes(), null));
				continue;
			}
			unpaired.remove(now);
			if (was.slot().minutes() != now.slot().minutes()) {
				changes.add(new BreakChange(day, now.slot().title(), was.slot().minutes(), now.slot().minutes()));
			}
			if (!Objects.equals(was.slot().notes(), now.slot().notes())) {
				notes.add(new NotesChange(day, now.slot().title(), new Change<>(was.slot().notes(), now.slot().notes())));
			}
		}
		unpaired.forEach(now -> changes.add(new BreakChange(day, now.slot().title(), null, now.slot().minutes())));
	}

	private static boolean sameTitle(String a, String b) {
		return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}

	/** Every module on the agenda by its key, with its place. */
	private static Map<UUID, Placed> placedModules(List<AgendaDay> agenda, Map<UUID, UUID> keysById) {
		Map<UUID, Placed> placed = new LinkedHashMap<>();
		for (AgendaDay day : agenda) {
			for (int i = 0; i < day.slots().size(); i++) {
				AgendaDay.Slot slot = day.slots().get(i).slot();
				if (!slot.isBreak()) {
					placed.put(keysById.get(slot.moduleId()), new Placed(slot, new Placement(day.day(), i + 1)));
				}
			}
		}
		return placed;
	}

	private static List<Placed> breaksOf(List<AgendaDay> agenda, int day) {
		if (day > agenda.size()) {
			return List.of();
		}
		List<AgendaDay.TimedSlot> slots = agenda.get(day - 1).slots();
		List<Placed> breaks = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			if (slots.get(i).isBreak()) {
				breaks.add(new Placed(slots.get(i).slot(), new Placement(day, i + 1)));
			}
		}
		return breaks;
	}

	// --- Checklist and roles --------------------------------------------------------

	static ChecklistChanges checklist(List<ChecklistItemView> before, List<ChecklistItemView> after) {
		Map<UUID, ChecklistItemView> old = byKey(before, ChecklistItemView::key);
		Map<UUID, ChecklistItemView> now = byKey(after, ChecklistItemView::key);
		List<ChecklistItemChange> changed = new ArrayList<>();
		for (ChecklistItemView item : after) {
			ChecklistItemView was = old.get(item.key());
			if (was != null) {
				ChecklistItemChange change = new ChecklistItemChange(item.key(), item.title(),
						Change.of(was.title(), item.title()),
						Change.of(was.task().description(), item.task().description()),
						Change.of(was.offsetDays(), item.offsetDays()), Change.of(Owner.of(was), Owner.of(item)));
				if (!change.isEmpty()) {
					changed.add(change);
				}
			}
		}
		return new ChecklistChanges(onlyIn(after, old.keySet(), ChecklistItemView::key),
				onlyIn(before, now.keySet(), ChecklistItemView::key), changed);
	}

	static RoleChanges roles(List<RoleNeedView> before, List<RoleNeedView> after) {
		Map<UUID, RoleNeedView> old = byKey(before, RoleNeedView::dayOfRoleId);
		Map<UUID, RoleNeedView> now = byKey(after, RoleNeedView::dayOfRoleId);
		List<RoleNeedChange> changed = new ArrayList<>();
		for (RoleNeedView need : after) {
			RoleNeedView was = old.get(need.dayOfRoleId());
			if (was != null && was.people() != need.people()) {
				changed.add(new RoleNeedChange(need.dayOfRoleId(), need.name(),
						new Change<>(was.people(), need.people())));
			}
		}
		return new RoleChanges(onlyIn(after, old.keySet(), RoleNeedView::dayOfRoleId),
				onlyIn(before, now.keySet(), RoleNeedView::dayOfRoleId), changed);
	}

	private static <T> Map<UUID, T> byKey(List<T> items, Function<T, UUID> key) {
		Map<UUID, T> byKey = new LinkedHashMap<>();
		items.forEach(item -> byKey.put(key.apply(item), item));
		return byKey;
	}

	private static <T> List<T> onlyIn(List<T> items, Set<UUID> otherKeys, Function<T, UUID> key) {
		return items.stream().filter(item -> !otherKeys.contains(key.apply(item))).toList();
	}

}
