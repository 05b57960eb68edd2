package org.liminal.coaching.web;

import java.util.List;

import org.liminal.organizations.OrganizerHomeLinks;
import org.springframework.stereotype.Component;

/** The rubric and the coaching overview, on the organizer card of the home page. */
@Component
class CoachingHomeLinks implements OrganizerHomeLinks {

	@Override
	public List<HomeLink> links() {
		return List.of(new HomeLink("/rubric", "rubric.home", List.of()),
				new HomeLink("/coaching", "coaching.home", List.of()));
	}

}
