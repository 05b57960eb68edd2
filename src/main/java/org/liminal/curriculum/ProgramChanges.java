package org.liminal.curriculum;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What changed between two versions of a program, or between a version and the draft. */
@Service
public class ProgramChanges {

	private final ProgramVersionRepository versions;

	ProgramChanges(ProgramVersionRepository versions) {
		this.versions = versions;
	}

	/**
	 * Compares published version {@code from} with version {@code to}, or with the draft when {@code to} is
	 * {@code null}; not found when either does not exist in this organization.
	 */
	@Transactional(readOnly = true)
	public VersionComparison compare(UUID programId, int from, Integer to) {
		CurriculumView older = versions.findPublished(programId, from)
			.orElseThrow(CurriculumItemNotFound::new)
			.view();
		CurriculumView newer = (to == null ? versions.findDraft(programId) : versions.findPublished(programId, to))
			.orElseThrow(CurriculumItemNotFound::new)
			.view();
		return CurriculumComparison.between(older, newer);
	}

}
