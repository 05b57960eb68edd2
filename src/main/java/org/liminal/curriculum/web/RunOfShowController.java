package org.liminal.curriculum.web;

import java.util.UUID;

import org.liminal.curriculum.Programs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The timekeeper's printable sheet: a page per day with clock times, modules, trainers and notes. Every member
 * reads a published version's; the draft's is for organizers, who check it before publishing.
 */
@Controller
@RequestMapping("/{org}/programs/{programId}")
class RunOfShowController {

	private final Programs programs;

	RunOfShowController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping("/versions/{number}/run-of-show")
	String version(@PathVariable UUID programId, @PathVariable int number, Model model) {
		model.addAttribute("view", programs.published(programId, number));
		return "curriculum/run-of-show";
	}

	@GetMapping("/draft/run-of-show")
	String draft(@PathVariable UUID programId, Model model) {
		model.addAttribute("view", programs.draft(programId));
		return "curriculum/run-of-show";
	}

}
