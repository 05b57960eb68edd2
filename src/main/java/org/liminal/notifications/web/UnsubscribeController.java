package org.liminal.notifications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.liminal.notifications.LetterNotFound;
import org.liminal.notifications.NotificationPreferences;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The address at the bottom of every letter that can be turned off, for people reading their mail anywhere: no
 * sign-in, the secret token is the key. Opening it only shows what the button turns off (mail scanners and link
 * previews open links); posting turns it off, from the page's button or from the mail program's own
 * "unsubscribe" (RFC 8058 one-click, which posts without the page's CSRF token, so this address takes none).
 */
@Controller
@RequestMapping("/unsubscribe/{token}")
class UnsubscribeController {

	private final NotificationPreferences preferences;

	UnsubscribeController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("unsubscription", preferences.unsubscription(token).orElseThrow(LetterNotFound::new));
		model.addAttribute("token", token);
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Robots-Tag", "noindex");
		return "notifications/unsubscribe";
	}

	@PostMapping
	String unsubscribe(@PathVariable String token, RedirectAttributes redirect) {
		if (!preferences.unsubscribe(token)) {
			throw new LetterNotFound();
		}
		redirect.addFlashAttribute("flashSuccess", "unsubscribe.done");
		return "redirect:/unsubscribe/" + token;
	}

}
