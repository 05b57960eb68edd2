package org.liminal.preparation.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;

/**
 * Where a checklist form goes back to: the training page, "my tasks" or the chapter view, each at the task. Only
 * these names are accepted, never an address, so a form cannot send anyone elsewhere.
 */
final class Back {

	static final String MY_TASKS = "my-tasks";

	static final String CHAPTER = "chapter";

	private Back() {
	}

	static String to(String from, CurrentMembership current, UUID trainingId, UUID chapterId, UUID taskId) {
		String org = "/" + current.organization().slug();
		String anchor = taskId == null ? "" : "#task-" + taskId;
		if (MY_TASKS.equals(from)) {
			return "redirect:" + org + "/my-tasks" + anchor;
		}
		if (CHAPTER.equals(from)) {
			return "redirect:" + org + "/chapters/" + chapterId + "/preparation" + anchor;
		}
		return "redirect:" + training(current, trainingId) + anchor;
	}

	static String training(CurrentMembership current, UUID trainingId) {
		return "/" + current.organization().slug() + "/trainings/" + trainingId;
	}

}
