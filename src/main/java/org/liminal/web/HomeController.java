package org.liminal.web;

import java.util.List;

import org.liminal.organizations.MemberPrincipal;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a signed-in person lands: straight into their organization when they have one, otherwise a
 * choice between their organizations (or a word on how to get invited).
 */
@Controller
class HomeController {

	private final Memberships memberships;

	HomeController(Memberships memberships) {
		this.memberships = memberships;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal MemberPrincipal principal) {
		List<OrganizationSummary> organizations = memberships.organizationsOf(principal.accountId());
		return organizations.size() == 1 ? "redirect:/" + organizations.get(0).slug() : "redirect:/organizations";
	}

	@GetMapping("/organizations")
	String chooseOrganization() {
		return "web/organizations";
	}

}
