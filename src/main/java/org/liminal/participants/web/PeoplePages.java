package org.liminal.participants.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;

/** Addresses of the people pages. */
final class PeoplePages {

	private PeoplePages() {
	}

	static String directory(CurrentMembership current) {
		return "/" + current.organization().slug() + "/people";
	}

	static String person(CurrentMembership current, UUID personId) {
		return directory(current) + "/" + personId;
	}

	static String imports(CurrentMembership current) {
		return directory(current) + "/import";
	}

	static String importOf(CurrentMembership current, UUID importId) {
		return imports(current) + "/" + importId;
	}

	static String redirectTo(String path) {
		return "redirect:" + path;
	}

}
