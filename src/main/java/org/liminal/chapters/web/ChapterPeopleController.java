package org.liminal.chapters.web;

import java.util.List;
import java.util.UUID;

import org.liminal.chapters.ChapterChangeRefused;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.OrganizationRole;
import org.liminal.web.Refusals;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Who leads a chapter and who is in its pool (organizers only): chapter leads may lead several chapters, and
 * trainers and coaches may be in several pools, so each candidate shows where else they already are.
 */
@Controller
@RequestMapping("/{org}/chapters/{chapterId}/people")
class ChapterPeopleController {

	private final Chapters chapters;

	ChapterPeopleController(Chapters chapters) {
		this.chapters = chapters;
	}

	@GetMapping
	String people(@PathVariable UUID chapterId, Model model) {
		ChapterDirectory directory = new ChapterDirectory(chapters.all());
		ChapterView chapter = directory.chapter(chapterId);
		model.addAttribute("chapterPeopleForm", ChapterPeopleForm.of(chapter));
		return form(model, directory, chapter);
	}

	@PostMapping
	String save(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID chapterId,
			@ModelAttribute("chapterPeopleForm") ChapterPeopleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ChapterDirectory directory = new ChapterDirectory(chapters.all());
		ChapterView chapter = directory.chapter(chapterId);
		if (!result.hasErrors()) {
			try {
				chapters.changePeople(chapterId, form.getLeads(), form.getPool(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "chapter.peopleSaved");
				return ChapterPages.redirectTo(ChapterPages.chapter(current, chapterId));
			}
			catch (ChapterChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException | DataIntegrityViolationException conflict) {
				// Keep this person's ticks over what is saved now; saving again applies them.
				result.reject("chapter.error.peopleConflict");
				directory = new ChapterDirectory(chapters.all());
				chapter = directory.chapter(chapterId);
				form.setVersion(chapter.version());
			}
		}
		return form(model, directory, chapter);
	}

	private String form(Model model, ChapterDirectory directory, ChapterView chapter) {
		List<Person> people = chapters.people();
		model.addAttribute("chapter", chapter);
		model.addAttribute("leadCandidates", people.stream()
			.filter(person -> person.has(OrganizationRole.CHAPTER_LEAD))
			.map(person -> directory.lead(person, chapter.id()))
			.toList());
		model.addAttribute("poolCandidates", people.stream()
			.filter(ChapterPeopleController::mayBeInPool)
			.map(person -> directory.poolMember(person, chapter.id()))
			.toList());
		// People whose role was taken away on the members page since they were chosen: saving drops them.
		model.addAttribute("formerLeads",
				chapter.leads().stream().filter(lead -> !lead.has(OrganizationRole.CHAPTER_LEAD)).toList());
		model.addAttribute("formerPool",
				chapter.pool().stream().filter(member -> !mayBeInPool(member)).toList());
		return "chapters/people";
	}

	private static boolean mayBeInPool(Person person) {
		return person.has(OrganizationRole.TRAINER) || person.has(OrganizationRole.COACH);
	}

}
