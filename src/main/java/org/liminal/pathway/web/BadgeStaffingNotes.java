package org.liminal.pathway.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.pathway.Badge;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.Post;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.StaffingNotes;
import org.liminal.trainings.TrainingView;
import org.springframework.stereotype.Component;

/**
 * The badges that speak for a candidate on the staffing page: next to a module seat's candidates, the
 * qualifications they hold for that module; next to the lead trainer's and coach's, their general ones. Expired
 * badges do not count.
 */
@Component
class BadgeStaffingNotes implements StaffingNotes {

	private final Qualifications qualifications;

	BadgeStaffingNotes(Qualifications qualifications) {
		this.qualifications = qualifications;
	}

	@Override
	public Notes notes(TrainingView training, List<UUID> candidates, Locale locale) {
		Map<UUID, List<Badge>> badges = qualifications.badgesOf(candidates);
		if (badges.isEmpty()) {
			return Notes.NONE;
		}
		Map<String, Map<UUID, String>> byCandidate = new HashMap<>();
		for (StaffedSeat seat : training.team()) {
			Post post = seat.seat().post();
			if (post == Post.DAY_OF_ROLE) {
				continue;
			}
			Map<UUID, String> notes = new HashMap<>();
			badges.forEach((person, held) -> {
				String names = held.stream()
					.filter(badge -> !badge.expired())
					.filter(badge -> post == Post.MODULE ? seat.seat().moduleKey().equals(badge.moduleKey())
							: !badge.isPerModule())
					.map(Badge::kindName)
					.collect(Collectors.joining(", "));
				if (!names.isEmpty()) {
					notes.put(person, names);
				}
			});
			if (!notes.isEmpty()) {
				byCandidate.put(seat.seat().code(), notes);
			}
		}
		return new Notes(Map.of(), byCandidate);
	}

}
