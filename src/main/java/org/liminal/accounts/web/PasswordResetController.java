package org.liminal.accounts.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.liminal.accounts.PasswordResets;
import org.liminal.notifications.MailDeliveryFailed;
import org.liminal.organizations.OrganizationNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?": ask for a link, then choose a new password through it. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	/** A link that never existed is "not found"; a used or expired one gets a friendly explanation. */
	private boolean usable(String token) {
		return resets.isUsable(token).orElseThrow(OrganizationNotFoundException::new);
	}

	@GetMapping("/password-reset")
	String requestForm(@ModelAttribute("form") ResetRequestForm form) {
		return "accounts/reset-request";
	}

	@PostMapping("/password-reset")
	String request(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/reset-request";
		}
		try {
			resets.request(form.getEmail(), locale);
		}
		catch (MailDeliveryFailed ex) {
			result.reject("mail.error.notSent");
			return "accounts/reset-request";
		}
		redirect.addFlashAttribute("flashSuccess", "reset.requested");
		return "redirect:/login";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, Model model) {
		model.addAttribute("usable", usable(token));
		return "accounts/reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("usable", usable(token));
			return "accounts/reset";
		}
		try {
			resets.reset(token, form.getPassword());
		}
		catch (PasswordResets.InvalidResetLink ex) {
			usable(token);
			model.addAttribute("usable", false);
			return "accounts/reset";
		}
		redirect.addFlashAttribute("flashSuccess", "reset.done");
		return "redirect:/login";
	}

}
