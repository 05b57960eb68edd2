package org.liminal.coaching.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liminal.chapters.Person;
import org.liminal.coaching.CoachFeedback;
import org.liminal.coaching.CoachingPeriod;
import org.liminal.coaching.FeedbackNotFound;
import org.liminal.coaching.FeedbackView;
import org.liminal.coaching.Feedbacks;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.web.FilterInput;
import org.liminal.web.ListFilterForm;
import org.liminal.web.NotAllowed;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One coach's feedback in a period, the list behind their figures on the national dashboard: what they submitted
 * in it and their drafts open, with the same three counts. For organizers, and for the coach themself (coaches and
 * organizers, by the security configuration). The period's days are taken in UTC, as the dashboard takes them.
 */
@Controller
class CoachFeedbackController {

	/** The period shown when none is asked for: the past year up to today, as the dashboard's. */
	static final int DEFAULT_MONTHS_BACK = 12;

	private final Feedbacks feedbacks;

	private final FeedbackRows rows;

	private final Clock clock;

	CoachFeedbackController(Feedbacks feedbacks, FeedbackRows rows, Clock clock) {
		this.feedbacks = feedbacks;
		this.rows = rows;
		this.clock = clock;
	}

	@GetMapping("/{org}/coaching/coaches/{accountId}")
	String coach(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @PathVariable UUID accountId,
			@ModelAttribute("filter") ListFilterForm form, BindingResult result, Model model, Locale locale) {
		if (!current.isOrganizer() && !accountId.equals(principal.accountId())) {
			throw new NotAllowed();
		}
		Map<UUID, Person> people = rows.people();
		Person coach = people.get(accountId);
		if (coach == null) {
			throw new FeedbackNotFound();
		}
		CoachingPeriod period = period(form, result);
		form.setFrom(period.from().toString());
		form.setTo(period.to().toString());
		CoachFeedback feedback = feedbacks.ofCoach(accountId, period);
		List<FeedbackView> all = new ArrayList<>(feedback.given());
		all.addAll(feedback.drafts());
		model.addAttribute("coach", coach);
		model.addAttribute("period", period);
		model.addAttribute("load", feedback.load());
		model.addAttribute("given", rows.of(feedback.given(), people, locale, ZoneOffset.UTC));
		model.addAttribute("drafts", rows.of(feedback.drafts(), people, locale, ZoneOffset.UTC));
		// Organizers read submitted feedback, not another coach's drafts: those rows name it without a link.
		Set<UUID> readable = feedbacks.readable(all, FeedbackController.reader(current, principal));
		model.addAttribute("readable", readable);
		model.addAttribute("draftsPrivate",
				feedback.drafts().stream().anyMatch(draft -> !readable.contains(draft.id())));
		return "coaching/feedback/coach";
	}

	/**
	 * The period asked for, or the past year up to today; a day that cannot be read, or an end before the start, is
	 * told next to its field and the usual period shown instead.
	 */
	private CoachingPeriod period(ListFilterForm form, BindingResult result) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate from = FilterInput.date(form.getFrom(), "from", result);
		LocalDate to = FilterInput.date(form.getTo(), "to", result);
		if (from == null) {
			from = (to == null ? today : to).minusMonths(DEFAULT_MONTHS_BACK);
		}
		if (to == null) {
			to = from.isAfter(today) ? from : today;
		}
		if (to.isBefore(from)) {
			result.rejectValue("to", "coaching.coach.error.toBeforeFrom");
			return new CoachingPeriod(today.minusMonths(DEFAULT_MONTHS_BACK), today);
		}
		return new CoachingPeriod(from, to);
	}

}
