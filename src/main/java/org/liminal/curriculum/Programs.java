package org.liminal.curriculum;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs and their versions: creating a program, reading its versions, and the draft's life — changing its
 * details, publishing it as the next version, discarding it, or starting a new one from the latest version.
 */
@Service
public class Programs {

	private final ProgramRepository programs;

	private final ProgramVersionRepository versions;

	private final Drafts drafts;

	private final DayOfRoles dayOfRoles;

	private final DayOfRoleRepository roles;

	private final DefaultChecklist defaultChecklist;

	private final Clock clock;

	private final JdbcClient jdbc;

	Programs(ProgramRepository programs, ProgramVersionRepository versions, Drafts drafts, DayOfRoles dayOfRoles,
			DayOfRoleRepository roles, DefaultChecklist defaultChecklist, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.versions = versions;
		this.drafts = drafts;
		this.dayOfRoles = dayOfRoles;
		this.roles = roles;
		this.defaultChecklist = defaultChecklist;
		this.clock = clock;
	}

	/**
	 * Each published program's name (its latest version's), in one statement: for naming trainings on pages that
	 * need nothing else of the programs.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> names() {
		// Plain SQL: as a JPA query, Hibernate translating it took a twentieth of a surge's CPU (docs/performance.md).
		Map<UUID, String> names = new HashMap<>();
		jdbc.sql("""
				select distinct on (program_id) program_id, name from program_version
				where number is not null order by program_id, number desc""")
			.query((row, number) -> names.put(row.getObject("program_id", UUID.class), row.getString("name")))
			.list();
		return names;
	}

	/**
	 * Every program of the organization, named as in its draft (for organizers) or its latest version.
	 *
	 * @param withUnpublished whether programs never published appear (only organizers see drafts)
	 */
	@Transactional(readOnly = true)
	public List<ProgramSummary> list(boolean withUnpublished) {
		Map<UUID, List<ProgramVersion>> byProgram = new LinkedHashMap<>();
		for (ProgramVersion version : versions.findAllWithPrograms()) {
			byProgram.computeIfAbsent(version.program().id(), id -> new ArrayList<>()).add(version);
		}
		List<ProgramSummary> summaries = new ArrayList<>();
		byProgram.forEach((programId, ofProgram) -> {
			Optional<ProgramVersion> draft = ofProgram.stream().filter(ProgramVersion::isDraft).findFirst();
			Optional<ProgramVersion> latest = ofProgram.stream().filter(version -> !version.isDraft()).reduce((a, b) -> b);
			if (latest.isEmpty() && !withUnpublished) {
				return;
			}
			ProgramDetails shown = (withUnpublished ? draft.or(() -> latest) : latest).orElseThrow().details();
			summaries.add(new ProgramSummary(programId, shown.name(), shown.level(), shown.lengthDays(),
					latest.map(ProgramVersion::number).orElse(null), draft.isPresent()));
		});
		return summaries;
	}

	/**
	 * Creates a program with a first draft holding the organization's usual day-of roles and the default prep
	 * checklist, both written in the given language.
	 */
	@Transactional
	public UUID create(ProgramDetails details, Locale locale) {
		dayOfRoles.addPresets(locale);
		Program program = programs.save(new Program(clock.instant()));
		ProgramVersion draft = ProgramVersion.firstDraft(program, details, clock.instant());
		defaultChecklist.addTo(draft, locale);
		Map<DayOfRole, Integer> needs = new LinkedHashMap<>();
		for (DayOfRole.Preset preset : DayOfRole.Preset.values()) {
			roles.findByPreset(preset).filter(role -> !role.retired()).ifPresent(role -> needs.put(role, 1));
		}
		draft.changeRoleNeeds(needs);
		versions.save(draft);
		return program.id();
	}

	@Transactional(readOnly = true)
	public ProgramOverview overview(UUID programId) {
		programs.findById(programId).orElseThrow(CurriculumItemNotFound::new);
		List<ProgramVersion> all = versions.findByProgram(programId);
		Optional<ProgramVersion> draft = all.stream().filter(ProgramVersion::isDraft).findFirst();
		List<ProgramVersion> published = all.stream().filter(version -> !version.isDraft()).toList();
		ProgramVersion latest = published.isEmpty() ? null : published.get(published.size() - 1);
		String name = draft.orElse(latest).details().name();
		List<ProgramOverview.PublishedVersion> history = new ArrayList<>();
		for (int i = published.size() - 1; i >= 0; i--) {
			history.add(new ProgramOverview.PublishedVersion(published.get(i).number(), published.get(i).publishedAt()));
		}
		return new ProgramOverview(programId, name, latest == null ? null : latest.number(), history,
				draft.map(ProgramVersion::version).orElse(null));
	}

	@Transactional(readOnly = true)
	public CurriculumView draft(UUID programId) {
		return drafts.require(programId).view();
	}

	@Transactional(readOnly = true)
	public CurriculumView published(UUID programId, int number) {
		return versions.findPublished(programId, number).orElseThrow(CurriculumItemNotFound::new).view();
	}

	@Transactional(readOnly = true)
	public Optional<CurriculumView> latestPublished(UUID programId) {
		return versions.findLatestPublished(programId).map(ProgramVersion::view);
	}

	/** A published version by its id, as trainings refer to it. */
	@Transactional(readOnly = true)
	public Optional<CurriculumView> version(UUID versionId) {
		return versions.findById(versionId).filter(version -> !version.isDraft()).map(ProgramVersion::view);
	}

	/** Starts a new draft with everything the latest published version holds. */
	@Transactional
	public void startDraft(UUID programId) {
		programs.findById(programId).orElseThrow(CurriculumItemNotFound::new);
		if (versions.findDraft(programId).isPresent()) {
			throw new CurriculumChangeRefused("program.error.draftExists");
		}
		ProgramVersion latest = versions.findLatestPublished(programId).orElseThrow(CurriculumItemNotFound::new);
		versions.save(latest.newDraft(clock.instant()));
	}

	@Transactional
	public void changeDetails(UUID programId, ProgramDetails details, long expectedVersion) {
		ProgramVersion draft = drafts.require(programId);
		draft.requireVersion(expectedVersion);
		draft.changeDetails(details);
	}

	/** Freezes the draft as the program's next version and returns its number. */
	@Transactional
	public int publish(UUID programId, long expectedVersion) {
		ProgramVersion draft = drafts.require(programId);
		draft.requireVersion(expectedVersion);
		// Pending edits of the same transaction are written while it is still a draft: once published,
		// the database refuses them (Hibernate writes collection rows after the version's own update).
		versions.flush();
		int number = versions.lastNumber(programId) + 1;
		draft.publish(number, clock.instant());
		return number;
	}

	/**
	 * Throws the draft away. A program that was never published goes with it.
	 *
	 * @return whether the program still exists
	 */
	@Transactional
	public boolean discardDraft(UUID programId, long expectedVersion) {
		ProgramVersion draft = drafts.require(programId);
		draft.requireVersion(expectedVersion);
		versions.delete(draft);
		if (versions.lastNumber(programId) == 0) {
			programs.delete(draft.program());
			return false;
		}
		return true;
	}

}
