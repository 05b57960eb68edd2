package org.liminal.trainings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.ChapterView;

/**
 * Everything about one training at a glance.
 *
 * @param leadTime from the chapter's today to the first day, as of now
 * @param leadDaysAtScheduling how far ahead it was scheduled (or last rescheduled); {@code null} for drafts
 * @param latestNumber the program's latest published version, to offer moving to it
 * @param version guards concurrent changes of the training
 */
public record TrainingView(UUID id, TrainingStatus status, ChapterView chapter, UUID programId, String programName,
		UUID versionId, int versionNumber, int latestNumber, List<TrainingDay> days, TrainingDetails details,
		LeadTime leadTime, Integer leadDaysAtScheduling, String cancelReason, List<StaffedSeat> team,
		List<DoubleBooking> doubleBookings, long version) {

	public TrainingView {
		days = List.copyOf(days);
		team = List.copyOf(team);
		doubleBookings = List.copyOf(doubleBookings);
	}

	/** Whether preparation has (or would have) less than six weeks. */
	public boolean isCompressed() {
		if (status == TrainingStatus.DRAFT) {
			return leadTime.isCompressed();
		}
		return leadDaysAtScheduling != null && leadDaysAtScheduling < LeadTime.FULL_PREPARATION_DAYS;
	}

	/** The days of preparation the compression is about: as scheduled, or as it would be today for a draft. */
	public long preparationDays() {
		return status == TrainingStatus.DRAFT || leadDaysAtScheduling == null ? leadTime.days() : leadDaysAtScheduling;
	}

	/** How far the team is filled, by kind of seat. */
	public Staffing staffing() {
		Map<Seat, UUID> holders = new HashMap<>();
		team.stream().filter(StaffedSeat::isFilled).forEach(seat -> holders.put(seat.seat(), seat.holder().accountId()));
		return Staffing.of(team.stream().map(StaffedSeat::seat).toList(), holders);
	}

	public LocalDate firstDay() {
		return days.get(0).date();
	}

	public LocalDate lastDay() {
		return days.get(days.size() - 1).date();
	}

	public List<LocalDate> dates() {
		return days.stream().map(TrainingDay::date).toList();
	}

	/** Not started yet: it can still move to a newer version or be rescheduled. */
	public boolean isUpcoming() {
		return status.isOpen() && leadTime.days() > 0;
	}

	public boolean canMoveToNewerVersion() {
		return isUpcoming() && latestNumber > versionNumber;
	}

	public boolean canComplete() {
		return status == TrainingStatus.SCHEDULED && leadTime.days() <= 0;
	}

	public long filledSeats() {
		return team.stream().filter(StaffedSeat::isFilled).count();
	}

	public int seats() {
		return team.size();
	}

	public List<StaffedSeat> seatsOf(Post post) {
		return team.stream().filter(seat -> seat.seat().post() == post).toList();
	}

}
