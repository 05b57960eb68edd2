package org.liminal.notifications.web;

import java.util.List;

import org.liminal.notifications.LetterKind;
import org.liminal.notifications.NotificationPreferences;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every member's choice of the mail they receive from this organization. Only the kinds that can be turned off
 * are offered; the page says which always come. The last choice saved wins: it is one person's own switches.
 */
@Controller
@RequestMapping("/{org}/notifications")
class NotificationsController {

	private final NotificationPreferences preferences;

	NotificationsController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@ModelAttribute("choices")
	List<LetterKind> choices() {
		return LetterKind.memberChoices();
	}

	@GetMapping
	String form(@AuthenticationPrincipal MemberPrincipal principal, Model model) {
		NotificationsForm form = new NotificationsForm();
		form.setReceived(preferences.received(principal.accountId()));
		model.addAttribute("notificationsForm", form);
		return "notifications/preferences";
	}

	@PostMapping
	String save(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @ModelAttribute NotificationsForm notificationsForm,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "notifications/preferences";
		}
		preferences.choose(principal.accountId(), notificationsForm.getReceived());
		redirect.addFlashAttribute("flashSuccess", "notifications.saved");
		return "redirect:/" + current.organization().slug() + "/notifications";
	}

}
