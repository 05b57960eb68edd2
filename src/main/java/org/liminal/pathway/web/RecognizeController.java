package org.liminal.pathway.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.pathway.QualificationKinds;
import org.liminal.pathway.Recognition;
import org.liminal.pathway.Suggestion;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ready to recognize": the people who met a qualification's rule, for coaches (their trainers) and organizers
 * (everyone), each granted in one click with the verdicts as evidence. The security configuration lets only
 * coaches and organizers here.
 */
@Controller
@RequestMapping("/{org}/pathway/recognize")
class RecognizeController {

	private final Recognition recognition;

	private final QualificationKinds kinds;

	RecognizeController(Recognition recognition, QualificationKinds kinds) {
		this.recognition = recognition;
		this.kinds = kinds;
	}

	@GetMapping
	String list(@AuthenticationPrincipal MemberPrincipal principal, Model model) {
		model.addAttribute("suggestions", recognition.suggestionsFor(principal.accountId()));
		model.addAttribute("hasRules", kinds.active()
			.stream()
			.anyMatch(kind -> kind.isPerModule() && kind.details().readyVerdicts() != null));
		return "pathway/recognize";
	}

	/** Grants what the list suggests for this person, kind and module, if it still does. */
	@PostMapping
	String recognize(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @RequestParam UUID kindId, @RequestParam UUID accountId,
			@RequestParam UUID moduleKey, Locale locale, RedirectAttributes redirect) {
		Optional<Suggestion> granted;
		try {
			granted = recognition.recognize(principal.accountId(), kindId, accountId, moduleKey, locale);
		}
		catch (DataIntegrityViolationException recognizedMeanwhile) {
			granted = Optional.empty();
		}
		if (granted.isPresent()) {
			redirect.addFlashAttribute("flashSuccess", "pathway.recognize.granted");
			redirect.addFlashAttribute("flashSuccessArgs", new Object[] { granted.get().name() });
		}
		else {
			redirect.addFlashAttribute("flashError", "pathway.recognize.gone");
		}
		return PathwayPages.redirectTo(PathwayPages.recognize(current));
	}

}
