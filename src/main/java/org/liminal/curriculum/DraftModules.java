package org.liminal.curriculum;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding, changing and removing the modules of a program's draft. */
@Service
public class DraftModules {

	private final Drafts drafts;

	DraftModules(Drafts drafts) {
		this.drafts = drafts;
	}

	/** Adds a module at the end of the draft's module list and returns its id. */
	@Transactional
	public UUID add(UUID programId, ModuleContent content) {
		return drafts.require(programId).addModule(content).id();
	}

	/**
	 * Changes a module; refused with an optimistic-locking failure when someone else changed it since
	 * {@code expectedVersion} was read.
	 */
	@Transactional
	public void change(UUID programId, UUID moduleId, ModuleContent content, long expectedVersion) {
		CurriculumModule module = drafts.require(programId).module(moduleId);
		Drafts.requireVersion(module.version(), expectedVersion, CurriculumModule.class, moduleId);
		module.change(content);
	}

	/** Removes a module and its places on the agenda. */
	@Transactional
	public void remove(UUID programId, UUID moduleId) {
		drafts.require(programId).removeModule(moduleId);
	}

}
