package org.liminal.pathway;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of qualification an organization recognizes: their badges, validity and the rules that grant or
 * suggest them. Organizers change them; retired kinds are granted no more, and their grants stay.
 */
@Service
public class QualificationKinds {

	public static final int MAX_NAME_LENGTH = 80;

	public static final int MAX_DESCRIPTION_LENGTH = 400;

	public static final int MAX_VALIDITY_MONTHS = 120;

	public static final int MAX_READY_VERDICTS = 20;

	private final QualificationKindRepository kinds;

	private final Programs programs;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	QualificationKinds(QualificationKindRepository kinds, Programs programs, MessageSource messages, JdbcClient jdbc,
			Clock clock) {
		this.kinds = kinds;
		this.programs = programs;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Kinds in use first, then retired ones, each in the organizer's order. */
	@Transactional(readOnly = true)
	public List<QualificationKindView> all() {
		return kinds.findAllInOrder().stream().map(QualificationKind::view).toList();
	}

	/** The kinds that can be granted now. */
	@Transactional(readOnly = true)
	public List<QualificationKindView> active() {
		return all().stream().filter(kind -> !kind.retired()).toList();
	}

	@Transactional(readOnly = true)
	public QualificationKindView kind(UUID kindId) {
		return require(kindId).view();
	}

	@Transactional
	public UUID create(KindDetails details) {
		refuseInvalid(details);
		refuseTakenName(details.name(), null);
		return kinds.save(new QualificationKind(null, details, kinds.lastPosition() + 1, clock.instant())).id();
	}

	/** Changes a kind; it keeps whether it is per module once someone holds it, since grants are kept per module. */
	@Transactional
	public void change(UUID kindId, KindDetails details, long expectedVersion) {
		refuseInvalid(details);
		QualificationKind kind = current(kindId, expectedVersion);
		refuseTakenName(details.name(), kindId);
		if (kind.scope() != details.scope() && isGranted(kindId)) {
			throw new PathwayChangeRefused("scope", "pathway.error.scopeInUse");
		}
		kind.change(details);
	}

	@Transactional
	public void retire(UUID kindId, long expectedVersion) {
		current(kindId, expectedVersion).retire();
	}

	@Transactional
	public void restore(UUID kindId, long expectedVersion) {
		current(kindId, expectedVersion).restore();
	}

	/**
	 * Adds the usual kinds that are missing (completed core training, day-of volunteer, module trainer, lead
	 * trainer, coach), named in the given language. Completed core training is granted by attending the
	 * organization's initiation program when it has exactly one.
	 *
	 * @return how many were added
	 */
	@Transactional
	public int addUsual(Locale locale) {
		int position = kinds.lastPosition();
		int added = 0;
		for (UsualKind usual : UsualKind.values()) {
			Optional<KindDetails> missing = missing(usual, locale);
			if (missing.isPresent()) {
				kinds.save(new QualificationKind(usual, missing.get(), ++position, clock.instant()));
				added++;
			}
		}
		return added;
	}

	/**
	 * The names of the usual kinds {@link #addUsual} would add: a retired one is not missing (it can be brought
	 * back), nor one whose name another kind already has.
	 */
	@Transactional(readOnly = true)
	public List<String> missingUsual(Locale locale) {
		return Arrays.stream(UsualKind.values())
			.flatMap(usual -> missing(usual, locale).stream())
			.map(KindDetails::name)
			.toList();
	}

	QualificationKind require(UUID kindId) {
		return kinds.findById(kindId).orElseThrow(QualificationKindNotFound::new);
	}

	private Optional<KindDetails> missing(UsualKind usual, Locale locale) {
		if (kinds.findByPreset(usual).isPresent()) {
			return Optional.empty();
		}
		String name = messages.getMessage(usual.messagePrefix() + "name", null, locale);
		if (kinds.findByNameIgnoringCase(name).isPresent()) {
			return Optional.empty();
		}
		String description = messages.getMessage(usual.messagePrefix() + "description", null, locale);
		UUID program = usual == UsualKind.CORE_TRAINING ? onlyInitiationProgram() : null;
		return Optional.of(new KindDetails(name, description, usual.colour(), usual.scope(), program, null,
				usual.readyVerdicts()));
	}

	private UUID onlyInitiationProgram() {
		List<UUID> initiation = programs.list(false)
			.stream()
			.filter(program -> program.level() == PathwayLevel.INITIATION)
			.map(ProgramSummary::programId)
			.toList();
		return initiation.size() == 1 ? initiation.get(0) : null;
	}

	private QualificationKind current(UUID kindId, long expectedVersion) {
		QualificationKind kind = require(kindId);
		if (kind.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Qualification kind " + kindId + " changed meanwhile");
		}
		return kind;
	}

	private boolean isGranted(UUID kindId) {
		return jdbc.sql("select exists (select 1 from qualification where kind_id = ?)")
			.param(kindId)
			.query(Boolean.class)
			.single();
	}

	/** What the database would refuse anyway, refused first with a reason people can act on. */
	private void refuseInvalid(KindDetails details) {
		String name = details.name() == null ? "" : details.name().strip();
		if (name.isEmpty()) {
			throw new PathwayChangeRefused("name", "pathway.error.nameMissing");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new PathwayChangeRefused("name", "pathway.error.nameSize");
		}
		if (details.description() != null && details.description().strip().length() > MAX_DESCRIPTION_LENGTH) {
			throw new PathwayChangeRefused("description", "pathway.error.descriptionSize");
		}
		if (details.colour() == null) {
			throw new PathwayChangeRefused("colour", "pathway.error.colourMissing");
		}
		if (details.scope() == null) {
			throw new PathwayChangeRefused("scope", "pathway.error.scopeMissing");
		}
		Integer months = details.validityMonths();
		if (months != null && (months < 1 || months > MAX_VALIDITY_MONTHS)) {
			throw new PathwayChangeRefused("validityMonths", "pathway.error.validity");
		}
		Integer ready = details.readyVerdicts();
		if (ready != null && (ready < 1 || ready > MAX_READY_VERDICTS)) {
			throw new PathwayChangeRefused("readyVerdicts", "pathway.error.readyVerdicts");
		}
		if (ready != null && details.scope() != KindScope.MODULE) {
			throw new PathwayChangeRefused("readyVerdicts", "pathway.error.readyVerdictsPerModule");
		}
		if (details.programId() != null) {
			if (details.scope() != KindScope.GENERAL) {
				throw new PathwayChangeRefused("programId", "pathway.error.programGeneralOnly");
			}
			if (programs.list(false).stream().noneMatch(program -> program.programId().equals(details.programId()))) {
				throw new PathwayChangeRefused("programId", "pathway.error.programUnknown");
			}
		}
	}

	private void refuseTakenName(String name, UUID except) {
		kinds.findByNameIgnoringCase(name.strip())
			.filter(other -> !other.id().equals(except))
			.ifPresent(other -> {
				throw new PathwayChangeRefused("name", "pathway.error.nameTaken", name.strip());
			});
	}

}
