package org.liminal.pathway.web;

import java.util.List;

import org.liminal.organizations.OrganizerHomeLinks;
import org.springframework.stereotype.Component;

/** The kinds of qualification, on the organizer card of the home page. */
@Component
class PathwayHomeLinks implements OrganizerHomeLinks {

	@Override
	public List<HomeLink> links() {
		return List.of(new HomeLink("/pathway/kinds", "pathway.home", List.of()));
	}

}
