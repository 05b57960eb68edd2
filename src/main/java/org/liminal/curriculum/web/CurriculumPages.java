package org.liminal.curriculum.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;

/** Addresses of curriculum pages and how refusals reach the person, shared by the curriculum controllers. */
final class CurriculumPages {

	private CurriculumPages() {
	}

	static String programs(CurrentMembership current) {
		return "/" + current.organization().slug() + "/programs";
	}

	static String program(CurrentMembership current, UUID programId) {
		return programs(current) + "/" + programId;
	}

	static String draft(CurrentMembership current, UUID programId) {
		return program(current, programId) + "/draft";
	}

	static String version(CurrentMembership current, UUID programId, int number) {
		return program(current, programId) + "/versions/" + number;
	}

	static String redirectTo(String path) {
		return "redirect:" + path;
	}

}
