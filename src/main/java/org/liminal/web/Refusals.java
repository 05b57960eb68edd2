package org.liminal.web;

import org.liminal.shared.ChangeRefused;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a refusal of the rules reaches the person: on a re-shown form, or after a redirect. */
public final class Refusals {

	private Refusals() {
	}

	/** On a re-shown form: next to its field when the form has one, else at the top of the form. */
	public static void reject(BindingResult result, ChangeRefused refusal) {
		if (refusal.field() != null && hasProperty(result.getTarget(), refusal.field())) {
			result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
		}
		else {
			result.reject(refusal.messageKey(), refusal.arguments(), null);
		}
	}

	/** After a redirect: the refusal's message, with its arguments, in the next page's error alert. */
	public static void flash(RedirectAttributes redirect, ChangeRefused refusal) {
		redirect.addFlashAttribute("flashError", refusal.messageKey());
		redirect.addFlashAttribute("flashErrorArgs", refusal.arguments());
	}

	private static boolean hasProperty(Object form, String field) {
		// "days[1].date" is about the property "days".
		String property = field.replaceAll("[\\[.].*", "");
		return form != null && BeanUtils.getPropertyDescriptor(form.getClass(), property) != null;
	}

}
