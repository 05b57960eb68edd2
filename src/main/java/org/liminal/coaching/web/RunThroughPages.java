package org.liminal.coaching.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;

/** Addresses of the run-through pages. */
final class RunThroughPages {

	private RunThroughPages() {
	}

	static String list(CurrentMembership current, UUID trainingId) {
		return "/" + current.organization().slug() + "/trainings/" + trainingId + "/run-throughs";
	}

	static String detail(CurrentMembership current, UUID trainingId, UUID runThroughId) {
		return list(current, trainingId) + "/" + runThroughId;
	}

	static String redirectTo(String path) {
		return "redirect:" + path;
	}

}
