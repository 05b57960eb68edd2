package org.liminal.pathway.web;

import java.util.UUID;

import org.liminal.chapters.Chapters;
import org.liminal.pathway.KindHolderList;
import org.liminal.pathway.QualificationKinds;
import org.liminal.trainings.Trainings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people who hold a kind of qualification now: the list behind its figure on the national dashboard (the
 * security configuration lets only organizers here, as for the kinds themselves).
 */
@Controller
class KindHoldersController {

	private final QualificationKinds kinds;

	private final KindHolderList holders;

	private final Chapters chapters;

	private final Trainings trainings;

	KindHoldersController(QualificationKinds kinds, KindHolderList holders, Chapters chapters, Trainings trainings) {
		this.kinds = kinds;
		this.holders = holders;
		this.chapters = chapters;
		this.trainings = trainings;
	}

	/** @param page from 1; anything else (a mistyped address) shows the nearest page */
	@GetMapping("/{org}/pathway/kinds/{kindId}")
	String holders(@PathVariable UUID kindId, @RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("kind", kinds.kind(kindId));
		// The day the national dashboard counts on, so that the list's total is its figure.
		model.addAttribute("page", holders.page(kindId, trainings.earliestToday(chapters.names()), pageNumber(page)));
		return "pathway/holders";
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
