package org.liminal.coaching.web;

import java.util.List;
import java.util.UUID;

import org.liminal.coaching.Verdict;

/**
 * A trainer on the coach's page: the latest verdict on each module they were given feedback on.
 */
record TrainerVerdicts(UUID accountId, String name, List<ModuleVerdict> modules) {

	/** The latest verdict on one module, with the feedback it comes from. */
	record ModuleVerdict(String moduleTitle, Verdict verdict, UUID feedbackId) {
	}

}
