package org.liminal.curriculum.web;

import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.liminal.curriculum.AgendaDay;
import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.curriculum.CurriculumItemNotFound;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DraftAgenda;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.web.Refusals;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
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
 * Arranging the draft's agenda (organizers only): days' start times, the order of modules and breaks, notes.
 * Every change is a plain form post answered with a redirect to the moved item's anchor, so the page works
 * without JavaScript and keyboard users keep their place; drag and drop only posts the same forms.
 */
@Controller
@RequestMapping("/{org}/programs/{programId}/draft/agenda")
class AgendaController {

	/** A day still running after this is flagged: people tire and venues close. */
	static final LocalTime LATE = LocalTime.of(20, 0);

	private final Programs programs;

	private final DraftAgenda agenda;

	AgendaController(Programs programs, DraftAgenda agenda) {
		this.programs = programs;
		this.agenda = agenda;
	}

	@GetMapping
	String agenda(@PathVariable UUID programId, Model model) {
		return page(programId, model);
	}

	@PostMapping("/days/{day}/start")
	String changeDayStart(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable int day, @Valid @ModelAttribute("dayStartForm") DayStartForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("failedDay", day);
			return page(programId, model);
		}
		return change(current, programId, redirect, "agenda.startChanged", () -> {
			agenda.changeDayStart(programId, day, form.time());
			return dayAnchor(day);
		});
	}

	@PostMapping("/items/{itemId}/earlier")
	String moveEarlier(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID itemId, RedirectAttributes redirect) {
		return change(current, programId, redirect, "agenda.moved", () -> {
			agenda.moveEarlier(programId, itemId);
			return itemAnchor(itemId);
		});
	}

	@PostMapping("/items/{itemId}/later")
	String moveLater(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID itemId, RedirectAttributes redirect) {
		return change(current, programId, redirect, "agenda.moved", () -> {
			agenda.moveLater(programId, itemId);
			return itemAnchor(itemId);
		});
	}

	/** To a day and place: what drag and drop posts, and the "Move to…" form of each item. */
	@PostMapping("/items/{itemId}/move")
	String move(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID itemId, @Valid @ModelAttribute("agendaMoveForm") AgendaMoveForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// "Not found" for a program that is not there comes before anything about the form.
			programs.draft(programId);
			redirect.addFlashAttribute("flashError", "agenda.error.move");
			return redirectToAgenda(current, programId, itemAnchor(itemId));
		}
		return change(current, programId, redirect, "agenda.moved", () -> {
			agenda.moveTo(programId, itemId, form.getDay(), form.getPlace());
			return itemAnchor(itemId);
		});
	}

	@PostMapping("/items/{itemId}/remove")
	String remove(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID itemId, RedirectAttributes redirect) {
		return change(current, programId, redirect, "agenda.removed", () -> {
			// The item's anchor goes with it: back to its day instead.
			String anchor = dayOf(programs.draft(programId), itemId);
			agenda.remove(programId, itemId);
			return anchor;
		});
	}

	@PostMapping("/items/{itemId}/notes")
	String changeNotes(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@PathVariable UUID itemId, @Valid @ModelAttribute("agendaNotesForm") AgendaNotesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("failedItemId", itemId);
			return page(programId, model);
		}
		return change(current, programId, redirect, "agenda.notesSaved", () -> {
			agenda.changeNotes(programId, itemId, form.getNotes());
			return itemAnchor(itemId);
		});
	}

	@PostMapping("/modules")
	String addModule(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@Valid @ModelAttribute("agendaModuleForm") AgendaModuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(programId, model);
		}
		return change(current, programId, redirect, "agenda.moduleAdded",
				() -> itemAnchor(agenda.addModule(programId, form.getDay(), form.getModuleId())));
	}

	@PostMapping("/breaks")
	String addBreak(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID programId,
			@Valid @ModelAttribute("agendaBreakForm") AgendaBreakForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(programId, model);
		}
		return change(current, programId, redirect, "agenda.breakAdded",
				() -> itemAnchor(agenda.addBreak(programId, form.getDay(), form.getTitle(), form.getMinutes())));
	}

	private String page(UUID programId, Model model) {
		CurriculumView draft = programs.draft(programId);
		model.addAttribute("view", draft);
		model.addAttribute("lateAfter", LATE);
		// A form re-shown with its errors keeps what the person typed; the others start afresh.
		if (!model.containsAttribute("dayStartForm")) {
			model.addAttribute("dayStartForm", new DayStartForm());
		}
		if (!model.containsAttribute("agendaNotesForm")) {
			model.addAttribute("agendaNotesForm", new AgendaNotesForm());
		}
		if (!model.containsAttribute("agendaModuleForm")) {
			model.addAttribute("agendaModuleForm", new AgendaModuleForm());
		}
		if (!model.containsAttribute("agendaBreakForm")) {
			model.addAttribute("agendaBreakForm", new AgendaBreakForm());
		}
		return "curriculum/agenda";
	}

	/**
	 * Applies a change and goes back to the agenda at the anchor the change returns, with a message saying what
	 * happened. Nothing is half-done: a refused or conflicting change rolled back as a whole.
	 */
	private String change(CurrentMembership current, UUID programId, RedirectAttributes redirect, String doneKey,
			Supplier<String> changeReturningAnchor) {
		String anchor = null;
		try {
			anchor = changeReturningAnchor.get();
			redirect.addFlashAttribute("flashSuccess", doneKey);
		}
		catch (CurriculumChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (CurriculumItemNotFound gone) {
			// An item or module someone else removed meanwhile; a program that is not there stays "not found".
			programs.draft(programId);
			redirect.addFlashAttribute("flashError", "agenda.error.gone");
		}
		catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
			// Two people rearranging at once: the database refuses the second change at commit (a stale version,
			// a deadlock, or two items in one place), and all of it is rolled back.
			redirect.addFlashAttribute("flashError", "program.error.conflict");
		}
		return redirectToAgenda(current, programId, anchor);
	}

	private static String redirectToAgenda(CurrentMembership current, UUID programId, String anchor) {
		return CurriculumPages.redirectTo(
				CurriculumPages.draft(current, programId) + "/agenda" + (anchor == null ? "" : "#" + anchor));
	}

	private static String itemAnchor(UUID itemId) {
		return "item-" + itemId;
	}

	private static String dayAnchor(int day) {
		return "day-" + day;
	}

	private static String dayOf(CurriculumView draft, UUID itemId) {
		return draft.agenda()
			.stream()
			.filter(day -> day.slots().stream().anyMatch(slot -> slot.itemId().equals(itemId)))
			.map(AgendaDay::day)
			.findFirst()
			.map(AgendaController::dayAnchor)
			.orElse(null);
	}

}
