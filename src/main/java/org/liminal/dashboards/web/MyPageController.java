package org.liminal.dashboards.web;

import org.liminal.dashboards.PersonalDashboard;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "My page", for every member: a trainer's or coach's trainings and where they stand on each module, their next
 * run-throughs, the feedback they have to acknowledge and, for coaches, the trainers they coach with what waits on
 * them. Members who are neither are told what the page is for and sent to their own pages.
 */
@Controller
class MyPageController {

	private final PersonalDashboard dashboard;

	MyPageController(PersonalDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/{org}/me")
	String me(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, Model model) {
		boolean concerned = current.isTrainer() || current.isCoach();
		model.addAttribute("concerned", concerned);
		model.addAttribute("shown", PersonalDashboard.SHOWN);
		if (concerned) {
			model.addAttribute("my", dashboard.of(principal.accountId(), current.isCoach()));
		}
		return "dashboards/me";
	}

}
