package org.liminal.participants.web;

import java.util.Map;
import java.util.Optional;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.Attendance;
import org.liminal.trainings.PageFragment;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingPageSection;
import org.liminal.trainings.TrainingView;
import org.springframework.stereotype.Component;

/**
 * The way to the attendance sheet on the training page, from the training's first day, for those who may see it:
 * organizers, the chapter's leads and the training's team.
 */
@Component
class AttendanceSection implements TrainingPageSection {

	/** High on the page once the day has come: it is what is left to do. */
	static final int ORDER = 30;

	private final Attendance attendance;

	private final ParticipantAccess access;

	AttendanceSection(Attendance attendance, ParticipantAccess access) {
		this.attendance = attendance;
		this.access = access;
	}

	@Override
	public Optional<PageFragment> section(TrainingView training, CurrentMembership current,
			MemberPrincipal principal) {
		if (!attendance.isOpen(training) || !maySee(current, principal, training)) {
			return Optional.empty();
		}
		return Optional.of(new PageFragment("participants/attendance-section", "attendance", ORDER,
				Map.of("editable", access.mayManage(current, principal.accountId(), training))));
	}

	private boolean maySee(CurrentMembership current, MemberPrincipal principal, TrainingView training) {
		return access.mayManage(current, principal.accountId(), training) || training.team()
			.stream()
			.filter(StaffedSeat::isFilled)
			.anyMatch(seat -> seat.holder().accountId().equals(principal.accountId()));
	}

}
