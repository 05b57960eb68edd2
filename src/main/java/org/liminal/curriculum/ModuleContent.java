package org.liminal.curriculum;

import java.util.List;

/** Everything an organizer writes about a module. */
public record ModuleContent(String title, String purpose, String learningGoals, int durationMinutes,
		int trainersNeeded, String guide, boolean runThroughRequired, List<Material> materials) {

	public ModuleContent {
		materials = List.copyOf(materials);
	}

}
