package org.liminal.chapters.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.chapters.ChapterChangeRefused;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.web.Refusals;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's chapters: every member sees them and their people; organizers create them and change their
 * details (the security configuration lets only organizers post here or open the forms).
 */
@Controller
@RequestMapping("/{org}/chapters")
class ChaptersController {

	private final Chapters chapters;

	private final Clock clock;

	ChaptersController(Chapters chapters, Clock clock) {
		this.chapters = chapters;
		this.clock = clock;
	}

	/** Identifiers come from the path, never from a submitted form. */
	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** Active chapters first, each group by name. */
	@GetMapping
	String list(@AuthenticationPrincipal MemberPrincipal principal, Model model) {
		Instant now = clock.instant();
		model.addAttribute("chapters", chapters.all()
			.stream()
			.sorted(Comparator.comparing(chapter -> !chapter.active()))
			.map(chapter -> ChapterRow.of(chapter, TimeZones.offset(chapter.zone(), now), principal.accountId()))
			.toList());
		return "chapters/chapters";
	}

	@GetMapping("/new")
	String newChapter(Model model) {
		model.addAttribute("chapterForm", ChapterForm.startingIn(chapters.usualZone().orElse(TimeZones.FALLBACK)));
		return form(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("current") CurrentMembership current,
			@Valid @ModelAttribute("chapterForm") ChapterForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.complete(result, null);
		if (!result.hasErrors()) {
			try {
				UUID chapterId = chapters.create(form.details());
				redirect.addFlashAttribute("flashSuccess", "chapter.created");
				return ChapterPages.redirectTo(ChapterPages.chapter(current, chapterId));
			}
			catch (ChapterChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameNameOrSlugSavedMeanwhile) {
				result.reject("chapter.error.savedMeanwhile");
			}
		}
		return form(model, null);
	}

	@GetMapping("/{chapterId}")
	String chapter(@PathVariable UUID chapterId, Model model) {
		ChapterDirectory directory = new ChapterDirectory(chapters.all());
		ChapterView chapter = directory.chapter(chapterId);
		model.addAttribute("chapter", chapter);
		model.addAttribute("utcOffset", TimeZones.offset(chapter.zone(), clock.instant()));
		model.addAttribute("leads", chapter.leads().stream().map(lead -> directory.lead(lead, chapterId)).toList());
		model.addAttribute("pool",
				chapter.pool().stream().map(member -> directory.poolMember(member, chapterId)).toList());
		return "chapters/chapter";
	}

	@GetMapping("/{chapterId}/edit")
	String edit(@PathVariable UUID chapterId, Model model) {
		ChapterView chapter = chapters.chapter(chapterId);
		model.addAttribute("chapterForm", ChapterForm.of(chapter));
		return form(model, chapter);
	}

	@PostMapping("/{chapterId}")
	String save(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID chapterId,
			@Valid @ModelAttribute("chapterForm") ChapterForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ChapterView chapter = chapters.chapter(chapterId);
		form.complete(result, chapter.zone());
		if (!result.hasErrors()) {
			try {
				chapters.change(chapterId, form.details(), form.getVersion());
				redirect.addFlashAttribute("flashSuccess", "chapter.saved");
				return ChapterPages.redirectTo(ChapterPages.chapter(current, chapterId));
			}
			catch (ChapterChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
			catch (DataIntegrityViolationException sameNameOrSlugSavedMeanwhile) {
				result.reject("chapter.error.savedMeanwhile");
			}
			catch (OptimisticLockingFailureException conflict) {
				// Keep what this person typed and show what is saved now; saving again applies theirs.
				result.reject("chapter.error.conflict");
				chapter = chapters.chapter(chapterId);
				form.setVersion(chapter.version());
				model.addAttribute("saved", chapter);
				model.addAttribute("savedOffset", TimeZones.offset(chapter.zone(), clock.instant()));
			}
		}
		return form(model, chapter);
	}

	/** The one form for new and existing chapters; {@code chapter} is null for a new one. */
	private String form(Model model, ChapterView chapter) {
		ChapterForm form = (ChapterForm) model.getAttribute("chapterForm");
		model.addAttribute("chapter", chapter);
		model.addAttribute("zoneAreas", TimeZones.areas(clock.instant(), form.getZone()));
		return "chapters/chapter-form";
	}

	/** A chapter in the list, with its offset from UTC now and how the person looking at it belongs to it. */
	record ChapterRow(ChapterView chapter, String utcOffset, boolean ledByMe, boolean myPool) {

		static ChapterRow of(ChapterView chapter, String utcOffset, UUID accountId) {
			return new ChapterRow(chapter, utcOffset, chapter.isLedBy(accountId),
					chapter.pool().stream().anyMatch(member -> member.accountId().equals(accountId)));
		}

	}

}
