package org.liminal.curriculum;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Finds the draft an edit is for: every draft-editing service starts here. */
@Component
class Drafts {

	private final ProgramRepository programs;

	private final ProgramVersionRepository versions;

	private final EntityManager entityManager;

	Drafts(ProgramRepository programs, ProgramVersionRepository versions, EntityManager entityManager) {
		this.programs = programs;
		this.versions = versions;
		this.entityManager = entityManager;
	}

	/**
	 * The program's draft; "not found" for a program of no concern here, and a clear refusal when someone
	 * published or discarded the draft while this person was editing it.
	 */
	ProgramVersion require(UUID programId) {
		programs.findById(programId).orElseThrow(CurriculumItemNotFound::new);
		return versions.findDraft(programId).orElseThrow(() -> new CurriculumChangeRefused("program.error.noDraft"));
	}

	/**
	 * The draft, for a change of the draft as a whole: refused when it changed since {@code expectedVersion}
	 * was read, and counted as a change of the draft even when only its children change.
	 */
	ProgramVersion requireUnchanged(UUID programId, long expectedVersion) {
		ProgramVersion draft = require(programId);
		draft.requireVersion(expectedVersion);
		entityManager.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return draft;
	}

	/** Refuses an edit made on a page that showed an older state of the thing edited. */
	static void requireVersion(long actual, long expected, Class<?> type, UUID id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
