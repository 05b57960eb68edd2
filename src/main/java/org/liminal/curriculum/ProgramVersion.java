package org.liminal.curriculum;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A program's curriculum at one point: the draft being edited (no number yet) or published version N, which
 * never changes again (the database refuses it too). Guards every rule of editing a draft.
 */
@Entity
@Table(name = "program_version")
class ProgramVersion {

	static final LocalTime DEFAULT_DAY_START = LocalTime.of(9, 30);

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id")
	private Program program;

	private Integer number;

	private Instant publishedAt;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private PathwayLevel pathwayLevel;

	private int lengthDays;

	private int capacity;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] languages;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "time[]")
	private LocalTime[] dayStarts;

	private Instant createdAt;

	/** Null until first saved, which tells Spring Data to persist a new draft rather than merge it. */
	@Version
	private Long version;

	@OneToMany(mappedBy = "programVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CurriculumModule> modules = new ArrayList<>();

	@OneToMany(mappedBy = "programVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("day, position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@OneToMany(mappedBy = "programVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("offsetDays, title")
	private List<ChecklistTemplateItem> checklist = new ArrayList<>();

	@OneToMany(mappedBy = "programVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<RoleNeed> roleNeeds = new ArrayList<>();

	protected ProgramVersion() {
	}

	private ProgramVersion(Program program, ProgramDetails details, LocalTime[] dayStarts, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.program = program;
		this.createdAt = createdAt;
		this.dayStarts = dayStarts;
		this.lengthDays = dayStarts.length;
		changeDetails(details);
	}

	/** The first draft of a new program. */
	static ProgramVersion firstDraft(Program program, ProgramDetails details, Instant now) {
		LocalTime[] starts = new LocalTime[details.lengthDays()];
		Arrays.fill(starts, DEFAULT_DAY_START);
		return new ProgramVersion(program, details, starts, now);
	}

	/** A new draft with everything this published version holds. */
	ProgramVersion newDraft(Instant now) {
		ProgramVersion draft = new ProgramVersion(program, details(), dayStarts.clone(), now);
		Map<UUID, CurriculumModule> copies = new HashMap<>();
		for (CurriculumModule module : modules) {
			CurriculumModule copy = module.copyInto(draft);
			draft.modules.add(copy);
			copies.put(module.id(), copy);
		}
		for (AgendaItem item : agenda) {
			draft.agenda.add(item.copyInto(draft, item.isBreak() ? null : copies.get(item.moduleId()).id()));
		}
		checklist.forEach(item -> draft.checklist.add(item.copyInto(draft)));
		roleNeeds.forEach(need -> draft.roleNeeds.add(need.copyInto(draft)));
		return draft;
	}

	// --- Details and publishing -----------------------------------------------------

	void changeDetails(ProgramDetails details) {
		requireDraft();
		int lastUsedDay = agenda.stream().mapToInt(AgendaItem::day).max().orElse(0);
		if (details.lengthDays() < lastUsedDay) {
			throw new CurriculumChangeRefused("program.error.daysInUse", lastUsedDay);
		}
		LocalTime[] starts = Arrays.copyOf(dayStarts, details.lengthDays());
		for (int day = dayStarts.length; day < starts.length; day++) {
			starts[day] = dayStarts.length > 0 ? dayStarts[dayStarts.length - 1] : DEFAULT_DAY_START;
		}
		this.dayStarts = starts;
		this.name = details.name().strip();
		this.description = details.description().strip();
		this.pathwayLevel = details.level();
		this.lengthDays = details.lengthDays();
		this.capacity = details.capacity();
		this.languages = details.languages().toArray(String[]::new);
	}

	void publish(int number, Instant now) {
		requireDraft();
		if (modules.isEmpty()) {
			throw new CurriculumChangeRefused("program.error.noModules");
		}
		this.number = number;
		this.publishedAt = now;
	}

	boolean isDraft() {
		return number == null;
	}

	private void requireDraft() {
		if (!isDraft()) {
			throw new CurriculumChangeRefused("program.error.published");
		}
	}

	/** Refuses a change made on a page that showed an older state of this draft. */
	void requireVersion(long expected) {
		Drafts.requireVersion(version(), expected, ProgramVersion.class, id);
	}

	// --- Modules --------------------------------------------------------------------

	CurriculumModule addModule(ModuleContent content) {
		return addModule(UUID.randomUUID(), content);
	}

	/** Adds a module that already has a key: an imported module keeps the key it has in its file. */
	CurriculumModule addModule(UUID key, ModuleContent content) {
		requireDraft();
		if (modules.stream().anyMatch(module -> module.key().equals(key))) {
			throw new IllegalArgumentException("Module key " + key + " is already in this version");
		}
		int position = modules.stream().mapToInt(CurriculumModule::position).max().orElse(0) + 1;
		CurriculumModule module = new CurriculumModule(this, key, position, content);
		modules.add(module);
		return module;
	}

	CurriculumModule module(UUID moduleId) {
		return modules.stream()
			.filter(module -> module.id().equals(moduleId))
			.findFirst()
			.orElseThrow(() -> new CurriculumItemNotFound());
	}

	/** Removes a module and its places on the agenda. */
	void removeModule(UUID moduleId) {
		requireDraft();
		CurriculumModule module = module(moduleId);
		agenda.removeIf(item -> module.id().equals(item.moduleId()));
		modules.remove(module);
		renumberAgenda();
	}

	// --- Agenda ---------------------------------------------------------------------

	AgendaItem addToAgenda(int day, UUID moduleId) {
		requireDraft();
		requireDay(day);
		CurriculumModule module = module(moduleId);
		if (agenda.stream().anyMatch(item -> module.id().equals(item.moduleId()))) {
			throw new CurriculumChangeRefused("agenda.error.alreadyScheduled", module.title());
		}
		return append(AgendaItem.module(this, day, nextPosition(day), module));
	}

	AgendaItem addBreak(int day, String title, int minutes) {
		requireDraft();
		requireDay(day);
		return append(AgendaItem.pause(this, day, nextPosition(day), title, minutes));
	}

	private AgendaItem append(AgendaItem item) {
		agenda.add(item);
		sortAgenda();
		return item;
	}

	AgendaItem agendaItem(UUID itemId) {
		return agenda.stream()
			.filter(item -> item.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new CurriculumItemNotFound());
	}

	/**
	 * Moves an item one place earlier; the first item of a day moves to the end of the previous day.
	 */
	void moveEarlier(UUID itemId) {
		requireDraft();
		AgendaItem item = agendaItem(itemId);
		int index = agenda.indexOf(item);
		if (index > 0 && agenda.get(index - 1).day() == item.day()) {
			swap(item, agenda.get(index - 1));
		}
		else if (item.day() > 1) {
			item.place(item.day() - 1, Integer.MAX_VALUE);
		}
		renumberAgenda();
	}

	/** Moves an item one place later; the last item of a day moves to the start of the next day. */
	void moveLater(UUID itemId) {
		requireDraft();
		AgendaItem item = agendaItem(itemId);
		int index = agenda.indexOf(item);
		if (index < agenda.size() - 1 && agenda.get(index + 1).day() == item.day()) {
			swap(item, agenda.get(index + 1));
		}
		else if (item.day() < lengthDays) {
			item.place(item.day() + 1, 0);
		}
		renumberAgenda();
	}

	/** Moves an item to a place in a day's order, counted from 1 (what drag and drop asks for). */
	void moveTo(UUID itemId, int day, int place) {
		requireDraft();
		requireDay(day);
		AgendaItem item = agendaItem(itemId);
		agenda.remove(item);
		List<AgendaItem> ofDay = agenda.stream().filter(other -> other.day() == day).toList();
		int bounded = Math.max(1, Math.min(place, ofDay.size() + 1));
		int before = bounded - 1;
		for (int i = 0; i < ofDay.size(); i++) {
			ofDay.get(i).place(day, i < before ? i : i + 1);
		}
		item.place(day, before);
		agenda.add(item);
		renumberAgenda();
	}

	void removeFromAgenda(UUID itemId) {
		requireDraft();
		agenda.remove(agendaItem(itemId));
		renumberAgenda();
	}

	void changeDayStart(int day, LocalTime start) {
		requireDraft();
		requireDay(day);
		LocalTime[] starts = dayStarts.clone();
		starts[day - 1] = Objects.requireNonNull(start);
		this.dayStarts = starts;
	}

	private void swap(AgendaItem a, AgendaItem b) {
		int position = a.position();
		a.place(a.day(), b.position());
		b.place(b.day(), position);
	}

	private int nextPosition(int day) {
		return agenda.stream().filter(item -> item.day() == day).mapToInt(AgendaItem::position).max().orElse(0) + 1;
	}

	private void requireDay(int day) {
		if (day < 1 || day > lengthDays) {
			throw new CurriculumChangeRefused("agenda.error.noSuchDay", day);
		}
	}

	private void sortAgenda() {
		agenda.sort(Comparator.comparingInt(AgendaItem::day).thenComparingInt(AgendaItem::position));
	}

	/** Positions 1, 2, 3… within each day, in the current order. */
	private void renumberAgenda() {
		sortAgenda();
		int day = 0;
		int position = 0;
		for (AgendaItem item : agenda) {
			position = item.day() == day ? position + 1 : 1;
			day = item.day();
			item.place(day, position);
		}
	}

	// --- Checklist template ---------------------------------------------------------

	ChecklistTemplateItem addChecklistItem(ChecklistTask task, DayOfRole dayOfRole) {
		return addChecklistItem(UUID.randomUUID(), task, dayOfRole);
	}

	/** Adds a task that already has a key: an imported task keeps the key it has in its file. */
	ChecklistTemplateItem addChecklistItem(UUID key, ChecklistTask task, DayOfRole dayOfRole) {
		requireDraft();
		if (checklist.stream().anyMatch(item -> item.key().equals(key))) {
			throw new IllegalArgumentException("Checklist key " + key + " is already in this version");
		}
		requireUniqueTask(task, null);
		ChecklistTemplateItem item = new ChecklistTemplateItem(this, key, task, dayOfRole);
		checklist.add(item);
		return item;
	}

	ChecklistTemplateItem checklistItem(UUID itemId) {
		return checklist.stream()
			.filter(item -> item.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new CurriculumItemNotFound());
	}

	void changeChecklistItem(UUID itemId, ChecklistTask task, DayOfRole dayOfRole) {
		requireDraft();
		ChecklistTemplateItem item = checklistItem(itemId);
		requireUniqueTask(task, item);
		item.change(task, dayOfRole);
	}

	void removeChecklistItem(UUID itemId) {
		requireDraft();
		checklist.remove(checklistItem(itemId));
	}

	private void requireUniqueTask(ChecklistTask task, ChecklistTemplateItem except) {
		boolean taken = checklist.stream()
			.anyMatch(other -> other != except && other.sameTaskAs(task.title(), task.offsetDays()));
		if (taken) {
			throw new CurriculumChangeRefused("checklist.error.duplicate", task.title().strip(), task.offsetDays());
		}
	}

	// --- Day-of roles ---------------------------------------------------------------

	/**
	 * Replaces the roles this program needs: role → number of people (roles with 0 are dropped). A role still
	 * needed keeps its row: the database allows one per role, and Hibernate inserts before it deletes orphans.
	 */
	void changeRoleNeeds(Map<DayOfRole, Integer> needs) {
		requireDraft();
		Map<UUID, Integer> peopleByRole = new HashMap<>();
		needs.forEach((role, people) -> peopleByRole.put(role.id(), people));
		roleNeeds.removeIf(need -> peopleByRole.getOrDefault(need.dayOfRole().id(), 0) <= 0);
		needs.forEach((role, people) -> {
			if (people > 0) {
				roleNeeds.stream()
					.filter(need -> need.dayOfRole().id().equals(role.id()))
					.findFirst()
					.ifPresentOrElse(need -> need.changePeople(people),
							() -> roleNeeds.add(new RoleNeed(this, role, people)));
			}
		});
	}

	// --- Reading --------------------------------------------------------------------

	UUID id() {
		return id;
	}

	Program program() {
		return program;
	}

	Integer number() {
		return number;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	long version() {
		return version == null ? 0 : version;
	}

	ProgramDetails details() {
		return new ProgramDetails(name, description, pathwayLevel, lengthDays, capacity, List.of(languages));
	}

	List<CurriculumModule> modules() {
		return List.copyOf(modules);
	}

	List<AgendaItem> agenda() {
		return List.copyOf(agenda);
	}

	List<ChecklistTemplateItem> checklist() {
		return List.copyOf(checklist);
	}

	List<RoleNeed> roleNeeds() {
		return List.copyOf(roleNeeds);
	}

	LocalTime dayStart(int day) {
		return dayStarts[day - 1];
	}

	CurriculumView view() {
		return CurriculumView.of(this);
	}

}
