package org.liminal.trainings.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.liminal.organizations.CurrentMembership;
import org.liminal.trainings.TrainingChangeRefused;
import org.liminal.web.Refusals;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refusal no page handled itself (say, a training cancelled by someone else while this person opened its
 * version page) takes the person to the training with the reason, instead of an error page.
 */
@ControllerAdvice(basePackageClasses = TrainingRefusals.class)
class TrainingRefusals {

	@ExceptionHandler(TrainingChangeRefused.class)
	String refused(TrainingChangeRefused refusal, HttpServletRequest request, RedirectAttributes redirect) {
		CurrentMembership current = (CurrentMembership) request.getAttribute(CurrentMembership.REQUEST_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Refusals.flash(redirect, refusal);
		String trainingId = variables == null ? null : variables.get("trainingId");
		return TrainingPages.redirectTo(trainingId == null ? TrainingPages.trainings(current)
				: TrainingPages.trainings(current) + "/" + trainingId);
	}

}
