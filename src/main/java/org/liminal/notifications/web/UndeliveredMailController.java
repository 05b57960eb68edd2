package org.liminal.notifications.web;

import java.util.UUID;

import org.liminal.notifications.LetterRetryRefused;
import org.liminal.notifications.UndeliveredMail;
import org.liminal.organizations.CurrentMembership;
import org.liminal.web.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organizers see the mail that could not be delivered, and send given-up letters again. */
@Controller
@RequestMapping("/{org}/mail")
class UndeliveredMailController {

	private final UndeliveredMail undelivered;

	UndeliveredMailController(UndeliveredMail undelivered) {
		this.undelivered = undelivered;
	}

	/** @param page from 1; anything else (a mistyped address) shows the nearest page */
	@GetMapping
	String list(@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("page", undelivered.page(pageNumber(page)));
		return "notifications/undelivered";
	}

	@PostMapping("/{letterId}/retry")
	String sendAgain(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID letterId,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		try {
			undelivered.sendAgain(letterId, version);
			redirect.addFlashAttribute("flashSuccess", "letters.queuedAgain");
		}
		catch (LetterRetryRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		return "redirect:/" + current.organization().slug() + "/mail";
	}

	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
