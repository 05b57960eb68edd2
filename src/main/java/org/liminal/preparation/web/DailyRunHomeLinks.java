package org.liminal.preparation.web;

import java.util.List;

import org.liminal.organizations.OrganizerHomeLinks;
import org.springframework.stereotype.Component;

/** The daily runs page, on the organizer card of the home page. */
@Component
class DailyRunHomeLinks implements OrganizerHomeLinks {

	@Override
	public List<HomeLink> links() {
		return List.of(new HomeLink("/daily-runs", "dailyRuns.home", List.of()));
	}

}
