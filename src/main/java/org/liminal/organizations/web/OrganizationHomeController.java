package org.liminal.organizations.web;

import java.util.List;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizerHomeLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The organization's home page: what each of the person's roles needs first. */
@Controller
class OrganizationHomeController {

	private final Memberships memberships;

	private final List<OrganizerHomeLinks> organizerLinks;

	OrganizationHomeController(Memberships memberships, List<OrganizerHomeLinks> organizerLinks) {
		this.memberships = memberships;
		this.organizerLinks = organizerLinks;
	}

	@GetMapping("/{org}")
	String home(@ModelAttribute("current") CurrentMembership current, Model model) {
		if (current.isOrganizer()) {
			model.addAttribute("memberCount", memberships.members().size());
			model.addAttribute("organizerLinks",
					organizerLinks.stream().flatMap(links -> links.links().stream()).toList());
		}
		return "organizations/home";
	}

}
