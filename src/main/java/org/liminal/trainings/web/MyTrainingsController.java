package org.liminal.trainings.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.Assignments;
import org.liminal.trainings.Post;
import org.liminal.trainings.SeatPlan;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.Trainings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The trainings the signed-in person is on the team of, with the seats they hold and links to the
 * facilitation guides of the version each training is pinned to: what is coming first, then what was held
 * in the last thirty days.
 */
@Controller
class MyTrainingsController {

	/** How far back held trainings stay on the page, for follow-up after the day. */
	static final int RECENT_DAYS = 30;

	private final TrainingFinder finder;

	private final Trainings trainings;

	MyTrainingsController(TrainingFinder finder, Trainings trainings) {
		this.finder = finder;
		this.trainings = trainings;
	}

	@GetMapping("/{org}/my-trainings")
	String mine(@AuthenticationPrincipal MemberPrincipal principal, Locale locale, Model model) {
		// A day early, so that a training that ended 30 days ago in its chapter's zone is still in.
		LocalDate since = trainings.today(ZoneOffset.UTC).minusDays(RECENT_DAYS + 1L);
		List<MyTraining> upcoming = new ArrayList<>();
		List<MyTraining> recent = new ArrayList<>();
		for (Assignments assignments : finder.assignedTo(principal.accountId(), since)) {
			MyTraining mine = MyTraining.of(assignments, locale);
			boolean over = assignments.training().lastDay().isBefore(trainings.today(assignments.training().zone()));
			(over ? recent : upcoming).add(mine);
		}
		Collections.reverse(recent);
		List<Group> groups = new ArrayList<>();
		if (!upcoming.isEmpty()) {
			groups.add(new Group("upcoming", upcoming));
		}
		if (!recent.isEmpty()) {
			groups.add(new Group("recent", recent));
		}
		model.addAttribute("groups", groups);
		return "trainings/my-trainings";
	}

	/**
	 * Trainings under one heading.
	 *
	 * @param name "upcoming" (including those running now) or "recent" (held in the last thirty days)
	 */
	record Group(String name, List<MyTraining> trainings) {
	}

	/** One training of the person's, with their seats there. */
	record MyTraining(TrainingRow row, List<MySeat> seats) {

		static MyTraining of(Assignments assignments, Locale locale) {
			return new MyTraining(TrainingRow.of(assignments.training(), locale),
					assignments.seats().stream().map(seat -> MySeat.of(seat, locale)).toList());
		}

	}

	/**
	 * A seat the person holds.
	 *
	 * @param title the module's title or the day-of role's name; {@code null} for the lead trainer and coach
	 * @param moduleId the module in the pinned version, whose facilitation guide the person prepares
	 * @param times when the seat keeps them busy, such as "Dec 7, 2026, 10:00–10:45"
	 */
	record MySeat(Post post, String title, UUID moduleId, List<String> times) {

		static MySeat of(SeatPlan seat, Locale locale) {
			DateTimeFormatter time = TrainingRow.TIME;
			List<String> times = seat.busy()
				.stream()
				.map(busy -> TrainingRow.date(busy.start().toLocalDate(), locale) + ", " + time.format(busy.start()) + "–"
						+ time.format(busy.end()))
				.toList();
			return new MySeat(seat.seat().post(), seat.title(), seat.moduleId(), times);
		}

		public String postKey() {
			return post.messageKey();
		}

		public boolean isModule() {
			return post == Post.MODULE && moduleId != null;
		}

	}

}
