package org.liminal.participants.web;

import java.util.UUID;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.Team;
import org.liminal.participants.TeamNotFound;
import org.liminal.participants.Teams;
import org.liminal.web.NotAllowed;
import org.liminal.web.Refusals;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A chapter's teams: every member reads them; organizers and the chapter's own leads add, edit, archive and
 * restore them. A lead of another chapter finds nothing to change here (404), anyone else may not (403).
 */
@Controller
@RequestMapping("/{org}/chapters/{chapterId}/teams")
class TeamsController {

	private final Teams teams;

	private final Chapters chapters;

	TeamsController(Teams teams, Chapters chapters) {
		this.teams = teams;
		this.chapters = chapters;
	}

	@GetMapping
	String list(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, Model model) {
		ChapterView chapter = chapters.chapter(chapterId);
		model.addAttribute("chapter", chapter);
		model.addAttribute("teams", teams.ofChapter(chapterId));
		model.addAttribute("mayManage", mayManage(current, principal, chapter));
		return "participants/teams";
	}

	@GetMapping("/new")
	String newTeam(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, Model model) {
		ChapterView chapter = requireManager(current, principal, chapterId);
		model.addAttribute("teamForm", new TeamForm());
		return form(model, chapter, null);
	}

	@PostMapping
	String create(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId,
			@ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ChapterView chapter = requireManager(current, principal, chapterId);
		try {
			teams.create(chapterId, form.details());
			redirect.addFlashAttribute("flashSuccess", "teams.created");
			return "redirect:" + listPath(current, chapterId);
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
		}
		catch (DataIntegrityViolationException sameNameSavedMeanwhile) {
			rejectTakenName(result, form);
		}
		return form(model, chapter, null);
	}

	@GetMapping("/{teamId}/edit")
	String edit(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, @PathVariable UUID teamId,
			Model model) {
		ChapterView chapter = requireManager(current, principal, chapterId);
		Team team = teams.team(chapterId, teamId);
		model.addAttribute("teamForm", TeamForm.of(team));
		return form(model, chapter, team);
	}

	@PostMapping("/{teamId}")
	String save(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, @PathVariable UUID teamId,
			@ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ChapterView chapter = requireManager(current, principal, chapterId);
		Team team = teams.team(chapterId, teamId);
		try {
			teams.change(chapterId, teamId, form.details(), form.getVersion());
			redirect.addFlashAttribute("flashSuccess", "teams.saved");
			return "redirect:" + listPath(current, chapterId);
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
			if (refusal.field() == null) {
				// A conflict: keep what this person typed and show what is saved now; saving again applies theirs.
				team = teams.team(chapterId, teamId);
				form.setVersion(team.version());
				model.addAttribute("saved", team);
			}
		}
		catch (DataIntegrityViolationException sameNameSavedMeanwhile) {
			rejectTakenName(result, form);
		}
		return form(model, chapter, team);
	}

	@PostMapping("/{teamId}/archive")
	String archive(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, @PathVariable UUID teamId,
			@RequestParam long version, RedirectAttributes redirect) {
		requireManager(current, principal, chapterId);
		try {
			teams.archive(chapterId, teamId, version);
			redirect.addFlashAttribute("flashSuccess", "teams.archived");
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		return "redirect:" + listPath(current, chapterId);
	}

	@PostMapping("/{teamId}/restore")
	String restore(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, @PathVariable UUID teamId,
			@RequestParam long version, RedirectAttributes redirect) {
		requireManager(current, principal, chapterId);
		try {
			teams.restore(chapterId, teamId, version);
			redirect.addFlashAttribute("flashSuccess", "teams.restored");
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.flash(redirect, refusal);
		}
		catch (DataIntegrityViolationException sameNameRestoredMeanwhile) {
			redirect.addFlashAttribute("flashError", "teams.error.conflict");
		}
		return "redirect:" + listPath(current, chapterId);
	}

	/** The one form for new and existing teams; {@code team} is null for a new one. */
	private static String form(Model model, ChapterView chapter, Team team) {
		model.addAttribute("chapter", chapter);
		model.addAttribute("team", team);
		return "participants/team-form";
	}

	private ChapterView requireManager(CurrentMembership current, MemberPrincipal principal, UUID chapterId) {
		ChapterView chapter = chapters.chapter(chapterId);
		if (mayManage(current, principal, chapter)) {
			return chapter;
		}
		if (current.isChapterLead()) {
			throw new TeamNotFound();
		}
		throw new NotAllowed();
	}

	private static boolean mayManage(CurrentMembership current, MemberPrincipal principal, ChapterView chapter) {
		return current.isOrganizer() || current.isChapterLead() && chapter.isLedBy(principal.accountId());
	}

	private static String listPath(CurrentMembership current, UUID chapterId) {
		return "/" + current.organization().slug() + "/chapters/" + chapterId + "/teams";
	}

	private static void rejectTakenName(BindingResult result, TeamForm form) {
		result.rejectValue("name", "teams.error.nameTaken", new Object[] { form.getName().strip() }, null);
	}

}
