package org.liminal.coaching.web;

import java.util.List;
import java.util.Locale;

import org.liminal.coaching.Feedbacks;
import org.liminal.organizations.MemberPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My feedback", for every member: what coaches gave them, the feedback still to acknowledge first. */
@Controller
class MyFeedbackController {

	private final Feedbacks feedbacks;

	private final FeedbackRows rows;

	MyFeedbackController(Feedbacks feedbacks, FeedbackRows rows) {
		this.feedbacks = feedbacks;
		this.rows = rows;
	}

	@GetMapping("/{org}/my-feedback")
	String mine(@AuthenticationPrincipal MemberPrincipal principal, Model model, Locale locale) {
		List<FeedbackRow> history = rows.of(feedbacks.historyOf(principal.accountId()), locale);
		model.addAttribute("toAcknowledge", history.stream().filter(row -> !row.feedback().isAcknowledged()).toList());
		model.addAttribute("acknowledged", history.stream().filter(row -> row.feedback().isAcknowledged()).toList());
		return "coaching/feedback/mine";
	}

}
