package org.liminal.participants.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.DirectoryPage;
import org.liminal.participants.FunnelStage;
import org.liminal.participants.NextStep;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.People;
import org.liminal.participants.PeopleScope;
import org.liminal.participants.PersonHistory;
import org.liminal.web.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people directory (organizers and chapter leads, see {@link PeopleAccess}), each person's history, and the
 * erasure of a person (organizers only, after a confirmation naming what it does).
 */
@Controller
@RequestMapping("/{org}/people")
class PeopleController {

	static final int PAGE_SIZE = 25;

	private final People people;

	private final PeopleAccess access;

	private final Programs programs;

	PeopleController(People people, PeopleAccess access, Programs programs) {
		this.people = people;
		this.access = access;
		this.programs = programs;
	}

	@GetMapping
	String directory(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @ModelAttribute("filter") DirectoryForm form,
			BindingResult result, Model model) {
		PeopleScope scope = access.scopeOf(current, principal);
		List<ChapterView> chapters = access.chaptersOf(current, principal);
		Map<UUID, String> programNames = programs.names();
		DirectoryQuery query = DirectoryQuery.read(form, chapters.stream().map(ChapterView::id).toList(),
				programNames.keySet(), result);
		DirectoryPage page = people.directory(query.filter(), scope, query.page(), PAGE_SIZE);
		if (page.page() > page.pages()) {
			// An address kept from a longer list: its last page rather than nothing.
			query = new DirectoryQuery(query.filter(), page.pages());
			page = people.directory(query.filter(), scope, query.page(), PAGE_SIZE);
		}
		String base = PeoplePages.directory(current);
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("previousUrl", query.pageUrl(base, page.page() - 1));
		model.addAttribute("nextUrl", query.pageUrl(base, page.page() + 1));
		model.addAttribute("chapters", chapters);
		model.addAttribute("steps", List.of(NextStep.values()));
		model.addAttribute("programs", programNames.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
			.map(program -> new ProgramChoice(program.getKey(), program.getValue()))
			.toList());
		model.addAttribute("stages", List.of(FunnelStage.values()));
		return "participants/people";
	}

	@GetMapping("/{personId}")
	String person(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID personId, Model model) {
		model.addAttribute("history", people.history(personId, access.scopeOf(current, principal)));
		return "participants/person";
	}

	@GetMapping("/{personId}/erase")
	String confirmErase(@PathVariable UUID personId, Model model) {
		PersonHistory history = people.history(personId, PeopleScope.everyone());
		EraseForm form = new EraseForm();
		form.setVersion(history.person().version());
		model.addAttribute("history", history);
		model.addAttribute("eraseForm", form);
		return "participants/erase";
	}

	@PostMapping("/{personId}/erase")
	String erase(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID personId,
			@ModelAttribute("eraseForm") EraseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			int erased = people.erase(personId, form.getVersion());
			redirect.addFlashAttribute("flashSuccess", "people.erased");
			redirect.addFlashAttribute("flashSuccessArgs", new Object[] { erased });
			return PeoplePages.redirectTo(PeoplePages.directory(current));
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
		}
		// Changed meanwhile: the page again, as it is now, with the new version to confirm.
		PersonHistory history = people.history(personId, PeopleScope.everyone());
		form.setVersion(history.person().version());
		model.addAttribute("history", history);
		return "participants/erase";
	}

	/** A program offered in the filter. */
	record ProgramChoice(UUID id, String name) {
	}

}
