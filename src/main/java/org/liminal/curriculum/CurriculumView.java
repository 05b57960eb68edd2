package org.liminal.curriculum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one version of a program holds, as pages, exports and other modules read it.
 *
 * @param number the published version number, or {@code null} for the draft
 * @param version the draft's optimistic-lock version, sent back with edits of its details
 */
public record CurriculumView(UUID programId, UUID versionId, Integer number, Instant publishedAt, long version,
		ProgramDetails details, List<ModuleView> modules, List<AgendaDay> agenda, List<ChecklistItemView> checklist,
		List<RoleNeedView> roleNeeds) {

	static CurriculumView of(ProgramVersion version) {
		Map<UUID, CurriculumModule> modules = version.modules()
			.stream()
			.collect(Collectors.toMap(CurriculumModule::id, Function.identity()));
		List<AgendaDay> days = new ArrayList<>();
		for (int day = 1; day <= version.details().lengthDays(); day++) {
			int thisDay = day;
			days.add(AgendaDay.of(day, version.dayStart(day),
					version.agenda().stream().filter(item -> item.day() == thisDay).map(item -> slot(item, modules)).toList()));
		}
		return new CurriculumView(version.program().id(), version.id(), version.number(), version.publishedAt(),
				version.version(), version.details(),
				version.modules().stream().map(CurriculumModule::view).toList(), days,
				version.checklist().stream().map(ChecklistTemplateItem::view).toList(),
				version.roleNeeds()
					.stream()
					.map(RoleNeed::view)
					.sorted(Comparator.comparing(RoleNeedView::name, String.CASE_INSENSITIVE_ORDER))
					.toList());
	}

	private static AgendaDay.Slot slot(AgendaItem item, Map<UUID, CurriculumModule> modules) {
		if (item.isBreak()) {
			return new AgendaDay.Slot(item.id(), null, item.breakTitle(), item.breakMinutes(), 0, item.notes());
		}
		CurriculumModule module = modules.get(item.moduleId());
		return new AgendaDay.Slot(item.id(), module.id(), module.title(), module.durationMinutes(),
				module.trainersNeeded(), item.notes());
	}

	public boolean isDraft() {
		return number == null;
	}

	public String name() {
		return details.name();
	}

	public ModuleView module(UUID moduleId) {
		return modules.stream()
			.filter(module -> module.id().equals(moduleId))
			.findFirst()
			.orElseThrow(CurriculumItemNotFound::new);
	}

	/** Modules that are not on any day of the agenda yet. */
	public List<ModuleView> unscheduledModules() {
		Set<UUID> scheduled = agenda.stream()
			.flatMap(day -> day.slots().stream())
			.map(AgendaDay.TimedSlot::moduleId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return modules.stream().filter(module -> !scheduled.contains(module.id())).toList();
	}

	public int totalModuleMinutes() {
		return modules.stream().mapToInt(ModuleView::durationMinutes).sum();
	}

}
