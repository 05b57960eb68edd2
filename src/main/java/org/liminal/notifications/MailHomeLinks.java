package org.liminal.notifications;

import java.util.List;

import org.liminal.organizations.OrganizerHomeLinks;
import org.springframework.stereotype.Component;

/** The organizer card of the home page leads to the mail that could not be delivered, with how much failed. */
@Component
class MailHomeLinks implements OrganizerHomeLinks {

	private final UndeliveredMail undelivered;

	MailHomeLinks(UndeliveredMail undelivered) {
		this.undelivered = undelivered;
	}

	@Override
	public List<HomeLink> links() {
		return List.of(new HomeLink("/mail", "letters.home.link", List.of(undelivered.failedCount())));
	}

}
