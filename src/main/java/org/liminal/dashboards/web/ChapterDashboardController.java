package org.liminal.dashboards.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.liminal.chapters.ChapterNotFound;
import org.liminal.chapters.ChapterName;
import org.liminal.chapters.Chapters;
import org.liminal.coaching.PresenterRehearsal.Stage;
import org.liminal.dashboards.ChapterDashboard;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.FunnelStage;
import org.liminal.trainings.Trainings;
import org.liminal.web.NotAllowed;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The chapter dashboard, for organizers and the chapter's leads (anyone else finds no such chapter): its upcoming
 * trainings with their readiness, the tasks that slipped, sign-ups, how far each trainer has rehearsed, and how
 * the trainings held this past year grew its teams.
 */
@Controller
class ChapterDashboardController {

	private final ChapterDashboard dashboard;

	private final Chapters chapters;

	private final Trainings trainings;

	private final Clock clock;

	ChapterDashboardController(ChapterDashboard dashboard, Chapters chapters, Trainings trainings, Clock clock) {
		this.dashboard = dashboard;
		this.chapters = chapters;
		this.trainings = trainings;
		this.clock = clock;
	}

	@GetMapping("/{org}/chapters/{chapterId}/dashboard")
	String chapter(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID chapterId, Model model) {
		// Light lookups: the chapter's name and zone, and which chapters this person leads, never their people.
		List<ChapterName> led = current.isChapterLead() ? chapters.namesLedBy(principal.accountId()) : List.of();
		boolean leads = led.stream().anyMatch(chapter -> chapter.id().equals(chapterId));
		ChapterName chapter = chapters.names()
			.stream()
			.filter(named -> named.id().equals(chapterId) && (leads || current.isOrganizer()))
			.findFirst()
			.orElseThrow(ChapterNotFound::new);
		LocalDate today = trainings.today(chapter.zone());
		model.addAttribute("chapter", chapter);
		model.addAttribute("overview", dashboard.of(chapter.id(), today, clock.instant()));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("otherChapters", led.stream().filter(other -> !other.id().equals(chapterId)).toList());
		LocalDate heldFrom = today.minusMonths(ChapterDashboard.HELD_MONTHS);
		model.addAttribute("scheduledQuery", ListLinks.trainings(chapterId, null, "SCHEDULED", today, null));
		model.addAttribute("heldQuery", ListLinks.trainings(chapterId, null, "COMPLETED", heldFrom, today));
		model.addAttribute("trainedQuery", ListLinks.people(chapterId, null, heldFrom, today, FunnelStage.ATTENDED));
		model.addAttribute("joinedQuery", ListLinks.people(chapterId, null, heldFrom, today, FunnelStage.JOINED_TEAM));
		return "dashboards/chapter";
	}

	/**
	 * Where "Dashboard" takes a chapter lead who is not an organizer: the first of the chapters they lead, by
	 * name; the page links to the others.
	 */
	@GetMapping("/{org}/dashboard/chapter")
	String firstLed(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal) {
		return chapters.namesLedBy(principal.accountId())
			.stream()
			.findFirst()
			.map(chapter -> "redirect:/" + current.organization().slug() + "/chapters/" + chapter.id() + "/dashboard")
			.orElseThrow(NotAllowed::new);
	}

}
