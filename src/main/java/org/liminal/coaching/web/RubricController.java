package org.liminal.coaching.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.coaching.CoachingChangeRefused;
import org.liminal.coaching.Rubric;
import org.liminal.coaching.Rubrics;
import org.liminal.organizations.CurrentMembership;
import org.liminal.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization's rubric, which organizers edit (the security configuration lets only them here). */
@Controller
@RequestMapping("/{org}/rubric")
class RubricController {

	private final Rubrics rubrics;

	private final MessageSource messages;

	RubricController(Rubrics rubrics, MessageSource messages) {
		this.rubrics = rubrics;
		this.messages = messages;
	}

	@GetMapping
	String rubric(Model model, Locale locale) {
		model.addAttribute("rubricForm", RubricForm.of(rubrics.current()));
		return form(model, locale);
	}

	@PostMapping
	String save(@ModelAttribute("current") CurrentMembership current, @ModelAttribute("rubricForm") RubricForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rubrics.change(form.edits(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "rubric.saved");
				return "redirect:/" + current.organization().slug() + "/rubric";
			}
			catch (CoachingChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (DataIntegrityViolationException conflict) {
				result.reject("rubric.error.conflict");
			}
		}
		Rubric rubric = rubrics.current();
		if (result.getGlobalErrors().stream().anyMatch(error -> "rubric.error.conflict".equals(error.getCode()))) {
			// Keep this organizer's edits over what is saved now; saving again applies them.
			form.setVersion(rubric.version());
		}
		return form(model, locale);
	}

	private String form(Model model, Locale locale) {
		// Placeholders show the usual criteria's names in the reader's language when they are not renamed.
		Map<String, CriterionText> texts = CriterionText.of(Rubric.usual(), messages, locale)
			.stream()
			.collect(Collectors.toMap(CriterionText::key, Function.identity()));
		model.addAttribute("usual", texts);
		model.addAttribute("maxActive", Rubrics.MAX_ACTIVE);
		return "coaching/rubric";
	}

}
