package org.liminal.trainings.web;

import java.util.Locale;
import java.util.UUID;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.CalendarFeeds;
import org.liminal.trainings.CalendarFile;
import org.liminal.trainings.CalendarSubscriptions;
import org.liminal.trainings.CalendarSubscriptions.ChapterFeed;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trainings in people's own calendars: the page with every member's feed addresses (theirs and each chapter's),
 * new addresses when one has leaked, and the download of one training.
 */
@Controller
@RequestMapping("/{org}")
class CalendarsController {

	private final CalendarFeeds feeds;

	CalendarsController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendars")
	String subscriptions(@AuthenticationPrincipal MemberPrincipal principal, Locale locale, Model model) {
		CalendarSubscriptions subscriptions = feeds.subscriptions(principal.accountId());
		model.addAttribute("mine", FeedAddress.of(subscriptions.personalToken(), locale));
		model.addAttribute("chapterFeeds", subscriptions.chapters()
			.stream()
			.map(feed -> new ChapterSubscription(feed, FeedAddress.of(feed.token(), locale)))
			.toList());
		return "trainings/calendars";
	}

	@PostMapping("/calendars/mine/rotate")
	String rotateMine(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, RedirectAttributes redirect) {
		feeds.rotatePersonalFeed(principal.accountId());
		redirect.addFlashAttribute("flashSuccess", "calendar.rotated");
		return redirectToSubscriptions(current);
	}

	/** Organizers and the chapter's leads; anyone else gets "not found". */
	@PostMapping("/calendars/chapters/{chapterId}/rotate")
	String rotateChapter(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID chapterId,
			@AuthenticationPrincipal MemberPrincipal principal, RedirectAttributes redirect) {
		feeds.rotateChapterFeed(chapterId, principal.accountId());
		redirect.addFlashAttribute("flashSuccess", "calendar.chapterRotated");
		return redirectToSubscriptions(current);
	}

	/** One training, all its days, as a file any member imports into their calendar. */
	@GetMapping("/trainings/{trainingId}/calendar.ics")
	ResponseEntity<byte[]> download(@PathVariable UUID trainingId, Locale locale) {
		CalendarFile file = feeds.training(trainingId, CalendarResponses.baseUrl(), locale);
		return ResponseEntity.ok()
			.contentType(CalendarResponses.CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(CalendarResponses.bytes(file.content()));
	}

	private static String redirectToSubscriptions(CurrentMembership current) {
		return "redirect:/" + current.organization().slug() + "/calendars";
	}

	/** A chapter's feed with its address. */
	record ChapterSubscription(ChapterFeed feed, FeedAddress address) {
	}

}
