package org.liminal.preparation;

import java.util.Map;
import java.util.UUID;

import org.liminal.curriculum.ResponsibleRole;
import org.liminal.trainings.Seat;

/**
 * Who owns a task of the checklist: the person holding its responsible role on the training's team, or
 * {@code null} (the chapter's leads) while that seat is empty. Tasks for the module trainers as a group
 * (study the guides, first run-throughs) belong to the lead trainer, who sees them through with the team.
 */
final class Owners {

	private Owners() {
	}

	static UUID of(ResponsibleRole responsible, UUID dayOfRoleId, Map<Seat, UUID> team) {
		return switch (responsible) {
			case CHAPTER_LEAD -> null;
			case LEAD_TRAINER, MODULE_TRAINER -> team.get(Seat.leadTrainer());
			case COACH -> team.get(Seat.coach());
			case DAY_OF_ROLE -> team.get(Seat.dayOfRole(dayOfRoleId, 1));
		};
	}

}
