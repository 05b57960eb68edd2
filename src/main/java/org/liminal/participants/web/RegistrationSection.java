package org.liminal.participants.web;

import java.util.Map;
import java.util.Optional;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.RegistrationLists;
import org.liminal.trainings.PageFragment;
import org.liminal.trainings.TrainingPageSection;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingView;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Registrations on the training page, for those who see them (its managers and team): seats taken against
 * capacity, the waitlist, who has checked in, and the way to the list and the door. One statement.
 */
@Component
// Asked before the checklist's section, whose readiness then reuses the seats counted here (RegistrationLists).
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationSection implements TrainingPageSection {

	/** After the team, before the rehearsals and the checklist. */
	static final int ORDER = 80;

	private final RegistrationLists lists;

	private final ParticipantAccess access;

	RegistrationSection(RegistrationLists lists, ParticipantAccess access) {
		this.lists = lists;
		this.access = access;
	}

	@Override
	public Optional<PageFragment> section(TrainingView training, CurrentMembership current,
			MemberPrincipal principal) {
		if (training.status() == TrainingStatus.DRAFT || !access.maySee(current, principal.accountId(), training)) {
			return Optional.empty();
		}
		return Optional.of(new PageFragment("participants/section", "registrations", ORDER,
				Map.of("headcount", lists.headcount(training),
						"mayCheckIn", training.status() == TrainingStatus.SCHEDULED)));
	}

}
