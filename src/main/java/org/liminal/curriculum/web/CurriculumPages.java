package org.liminal.curriculum.web;

import java.util.UUID;

import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.organizations.CurrentMembership;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	/** After a redirect: the refusal's message, with its arguments, in the page's error alert. */
	static void flashRefusal(RedirectAttributes redirect, CurriculumChangeRefused refusal) {
		redirect.addFlashAttribute("flashError", refusal.messageKey());
		redirect.addFlashAttribute("flashErrorArgs", refusal.arguments());
	}

	/** On a re-shown form: the refusal as a message at the top of the form. */
	static void reject(BindingResult result, CurriculumChangeRefused refusal) {
		result.reject(refusal.messageKey(), refusal.arguments(), null);
	}

}
