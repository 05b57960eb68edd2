package org.liminal.trainings.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;
import org.liminal.trainings.TrainingChangeRefused;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Addresses of training pages and how refusals reach the person, shared by the training controllers. */
final class TrainingPages {

	private TrainingPages() {
	}

	static String trainings(CurrentMembership current) {
		return "/" + current.organization().slug() + "/trainings";
	}

	static String training(CurrentMembership current, UUID trainingId) {
		return trainings(current) + "/" + trainingId;
	}

	static String redirectTo(String path) {
		return "redirect:" + path;
	}

	static void flashRefusal(RedirectAttributes redirect, TrainingChangeRefused refusal) {
		redirect.addFlashAttribute("flashError", refusal.messageKey());
		redirect.addFlashAttribute("flashErrorArgs", refusal.arguments());
	}

	/** On a re-shown form: next to its field when the form has one, else at the top. */
	static void reject(BindingResult result, TrainingChangeRefused refusal) {
		if (refusal.field() != null && result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
						refusal.field().replaceAll("\\[.*", "")) != null) {
			result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
		}
		else {
			result.reject(refusal.messageKey(), refusal.arguments(), null);
		}
	}

}
