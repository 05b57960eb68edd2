package org.liminal.curriculum.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.organizations.CurrentMembership;
import org.liminal.web.Refusals;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refusal no page handled itself (say, a draft published by someone else while this person opened one of
 * its pages) takes the person to the program with the reason, instead of an error page.
 */
@ControllerAdvice(basePackageClasses = CurriculumRefusals.class)
class CurriculumRefusals {

	@ExceptionHandler(CurriculumChangeRefused.class)
	String refused(CurriculumChangeRefused refusal, HttpServletRequest request, RedirectAttributes redirect) {
		CurrentMembership current = (CurrentMembership) request.getAttribute(CurrentMembership.REQUEST_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Refusals.flash(redirect, refusal);
		String programId = variables == null ? null : variables.get("programId");
		return CurriculumPages.redirectTo(programId == null ? CurriculumPages.programs(current)
				: CurriculumPages.programs(current) + "/" + programId);
	}

}
