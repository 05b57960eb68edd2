package org.liminal.coaching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.liminal.curriculum.ModulesByKey;
import org.liminal.trainings.TrainingFinder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The titles of the modules of many trainings' curriculum versions, by module key, in two statements: feedback
 * lists name modules across trainings, and reading each training's whole version would cost a query per training.
 */
@Service
public class ModuleTitles {

	private final TrainingFinder trainings;

	private final ModulesByKey modules;

	ModuleTitles(TrainingFinder trainings, ModulesByKey modules) {
		this.trainings = trainings;
		this.modules = modules;
	}

	/** By training id, then module key. */
	@Transactional(readOnly = true)
	public Map<UUID, Map<UUID, String>> ofTrainings(Collection<UUID> trainingIds) {
		Map<UUID, Map<UUID, String>> titles = new HashMap<>();
		if (trainingIds.isEmpty()) {
			return titles;
		}
		Map<UUID, UUID> versions = trainings.versionsOf(trainingIds);
		Map<UUID, Map<UUID, String>> byVersion = modules.titlesOfVersions(versions.values());
		versions.forEach((trainingId, versionId) -> titles.put(trainingId, byVersion.getOrDefault(versionId, Map.of())));
		return titles;
	}

}
