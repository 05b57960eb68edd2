package org.liminal.curriculum;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
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

import jakarta.validation.Validator;

import org.liminal.curriculum.ProgramDocument.BreakEntry;
import org.liminal.curriculum.ProgramDocument.DayEntry;
import org.liminal.curriculum.ProgramDocument.Details;
import org.liminal.curriculum.ProgramDocument.ModuleEntry;
import org.liminal.curriculum.ProgramDocument.RoleEntry;
import org.liminal.curriculum.ProgramDocument.SlotEntry;
import org.liminal.curriculum.ProgramDocument.TaskEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs as files organizations share (the format is described in {@code docs/curriculum-format.md}):
 * exporting a published version or the draft, and importing a file as a new program whose draft holds exactly
 * what the file holds. Module and checklist keys travel with the file, so versions stay comparable.
 */
@Service
public class ProgramTransfer {

	private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final ProgramRepository programs;

	private final ProgramVersionRepository versions;

	private final DayOfRoleRepository roles;

	private final ProgramDocumentReader reader;

	private final Clock clock;

	ProgramTransfer(ProgramRepository programs, ProgramVersionRepository versions, DayOfRoleRepository roles,
			Validator validator, Clock clock) {
		this.programs = programs;
		this.versions = versions;
		this.roles = roles;
		this.reader = new ProgramDocumentReader(validator);
		this.clock = clock;
	}

	/** A program file: the name to save it under and its JSON (UTF-8). */
	public record ExportedFile(String fileName, byte[] content) {
	}

	@Transactional(readOnly = true)
	public ExportedFile exportVersion(UUID programId, int number) {
		CurriculumView view = versions.findPublished(programId, number)
			.orElseThrow(CurriculumItemNotFound::new)
			.view();
		return new ExportedFile(fileName(view.name(), "v" + number), ProgramDocumentReader.write(document(view)));
	}

	@Transactional(readOnly = true)
	public ExportedFile exportDraft(UUID programId) {
		CurriculumView view = versions.findDraft(programId).orElseThrow(CurriculumItemNotFound::new).view();
		return new ExportedFile(fileName(view.name(), "draft"), ProgramDocumentReader.write(document(view)));
	}

	/**
	 * Creates a new program whose draft holds what the file holds. Day-of roles are matched by name within the
	 * organization; a role it does not have yet is created with the file's role card. The whole file is
	 * checked before anything is written, and all of it is written in one transaction.
	 *
	 * @return the new program's id
	 * @throws ProgramFileRefused naming the first problem of the file
	 */
	@Transactional
	public UUID importProgram(byte[] file) {
		ProgramDocument document = reader.read(file);
		Instant now = clock.instant();
		Program program = programs.save(new Program(now));
		ProgramVersion draft = ProgramVersion.firstDraft(program, document.program().details(), now);
		Map<UUID, UUID> moduleIds = new HashMap<>();
		for (ModuleEntry module : document.modules()) {
			moduleIds.put(module.key(), draft.addModule(module.key(), module.content()).id());
		}
		List<DayEntry> days = document.agenda().stream().sorted(Comparator.comparingInt(DayEntry::day)).toList();
		for (DayEntry day : days) {
			draft.changeDayStart(day.day(), LocalTime.parse(day.startsAt(), CLOCK_TIME));
			for (SlotEntry slot : day.items()) {
				AgendaItem item = slot.module() != null ? draft.addToAgenda(day.day(), moduleIds.get(slot.module()))
						: draft.addBreak(day.day(), slot.pause().title(), slot.pause().minutes());
				item.changeNotes(slot.notes());
			}
		}
		Map<String, DayOfRole> rolesByName = new HashMap<>();
		Map<DayOfRole, Integer> needs = new LinkedHashMap<>();
		for (RoleEntry entry : document.roles()) {
			DayOfRole role = roles.findByNameIgnoreCase(entry.name().strip())
				.orElseGet(() -> roles.save(new DayOfRole(null, entry.card(), now)));
			rolesByName.put(ProgramDocumentReader.nameKey(entry.name()), role);
			if (entry.people() > 0) {
				needs.put(role, entry.people());
			}
		}
		for (TaskEntry task : document.checklist()) {
			DayOfRole role = task.forDayOfRole() ? rolesByName.get(ProgramDocumentReader.nameKey(task.dayOfRole()))
					: null;
			draft.addChecklistItem(task.key(), new ChecklistTask(task.title(), task.description(), task.offsetDays(),
					task.responsible(), role == null ? null : role.id()), role);
		}
		draft.changeRoleNeeds(needs);
		versions.save(draft);
		return program.id();
	}

	/** A version as a document: its roles are those it needs and those its checklist names. */
	ProgramDocument document(CurriculumView view) {
		Map<UUID, Integer> people = view.roleNeeds()
			.stream()
			.collect(Collectors.toMap(RoleNeedView::dayOfRoleId, RoleNeedView::people));
		Set<UUID> used = new HashSet<>(people.keySet());
		view.checklist()
			.stream()
			.map(item -> item.task().dayOfRoleId())
			.filter(Objects::nonNull)
			.forEach(used::add);
		Map<UUID, DayOfRole> rolesById = roles.findAllById(used)
			.stream()
			.collect(Collectors.toMap(DayOfRole::id, Function.identity()));
		Map<UUID, UUID> keysById = view.modules()
			.stream()
			.collect(Collectors.toMap(ModuleView::id, ModuleView::key));
		return new ProgramDocument(ProgramDocument.FORMAT, ProgramDocument.VERSION, Details.of(view.details()),
				view.modules().stream().map(ModuleEntry::of).toList(),
				view.agenda().stream().map(day -> day(day, keysById)).toList(),
				view.checklist().stream().map(item -> task(item, rolesById)).toList(),
				rolesById.values()
					.stream()
					.sorted(Comparator.comparing(DayOfRole::name, String.CASE_INSENSITIVE_ORDER)
						.thenComparing(DayOfRole::name))
					.map(role -> RoleEntry.of(role.card(), people.getOrDefault(role.id(), 0)))
					.toList());
	}

	private static DayEntry day(AgendaDay day, Map<UUID, UUID> keysById) {
		return new DayEntry(day.day(), CLOCK_TIME.format(day.startsAt()), day.slots()
			.stream()
			.map(AgendaDay.TimedSlot::slot)
			.map(slot -> slot.isBreak()
					? new SlotEntry(null, new BreakEntry(slot.title(), slot.minutes()), slot.notes())
					: new SlotEntry(keysById.get(slot.moduleId()), null, slot.notes()))
			.toList());
	}

	private static TaskEntry task(ChecklistItemView item, Map<UUID, DayOfRole> rolesById) {
		ChecklistTask task = item.task();
		DayOfRole role = task.dayOfRoleId() == null ? null : rolesById.get(task.dayOfRoleId());
		return new TaskEntry(item.key(), task.title(), task.description(), task.offsetDays(), task.responsible(),
				role == null ? null : role.name());
	}

	/** Core training, version 2 → {@code core-training-v2.json}: plain ASCII, safe in every file system. */
	static String fileName(String programName, String suffix) {
		String ascii = Normalizer.normalize(programName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return (slug.isEmpty() ? "program" : slug) + "-" + suffix + ".json";
	}

}
