package org.liminal.chapters.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;

/** Addresses of the chapter pages, and how the domain's refusals reach a re-shown form. */
final class ChapterPages {

	private ChapterPages() {
	}

	static String chapters(CurrentMembership current) {
		return "/" + current.organization().slug() + "/chapters";
	}

	static String chapter(CurrentMembership current, UUID chapterId) {
		return chapters(current) + "/" + chapterId;
	}

	static String redirectTo(String path) {
		return "redirect:" + path;
	}

}
