package org.liminal.chapters.web;

import java.util.Set;
import java.util.UUID;

import org.liminal.chapters.ChapterChangeRefused;
import org.liminal.organizations.CurrentMembership;
import org.springframework.validation.BindingResult;

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

	/** Next to the field the refusal is about when the form has it, else at the top of the form. */
	static void reject(BindingResult result, ChapterChangeRefused refusal, Set<String> fields) {
		if (refusal.field() != null && fields.contains(refusal.field())) {
			result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
		}
		else {
			result.reject(refusal.messageKey(), refusal.arguments(), null);
		}
	}

}
