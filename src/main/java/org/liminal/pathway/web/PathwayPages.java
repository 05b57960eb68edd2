package org.liminal.pathway.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;

/** Addresses of the pathway's pages. */
final class PathwayPages {

	private PathwayPages() {
	}

	static String kinds(CurrentMembership current) {
		return "/" + current.organization().slug() + "/pathway/kinds";
	}

	static String recognize(CurrentMembership current) {
		return "/" + current.organization().slug() + "/pathway/recognize";
	}

	static String profile(CurrentMembership current, UUID accountId) {
		return "/" + current.organization().slug() + "/profiles/" + accountId;
	}

	static String redirectTo(String path) {
		return "redirect:" + path;
	}

}
