package org.liminal.organizations.web;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.Memberships;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The organization's home page: what each of the person's roles needs first. */
@Controller
class OrganizationHomeController {

	private final Memberships memberships;

	OrganizationHomeController(Memberships memberships) {
		this.memberships = memberships;
	}

	@GetMapping("/{org}")
	String home(@ModelAttribute("current") CurrentMembership current, Model model) {
		if (current.isOrganizer()) {
			model.addAttribute("memberCount", memberships.members().size());
		}
		return "organizations/home";
	}

}
