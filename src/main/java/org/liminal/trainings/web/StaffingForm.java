package org.liminal.trainings.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.liminal.trainings.Seat;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingView;

/** The whole team as the staffing page sends it: for each seat (by its code), the person's account id or "". */
public class StaffingForm {

	private Map<String, String> seats = new LinkedHashMap<>();

	private long version;

	static StaffingForm of(TrainingView training) {
		StaffingForm form = new StaffingForm();
		for (StaffedSeat seat : training.team()) {
			form.seats.put(seat.seat().code(), seat.isFilled() ? seat.holder().accountId().toString() : "");
		}
		form.setVersion(training.version());
		return form;
	}

	/**
	 * The filled seats.
	 *
	 * @throws IllegalArgumentException when a seat code or account id is not well formed
	 */
	Map<Seat, UUID> team() {
		Map<Seat, UUID> team = new LinkedHashMap<>();
		seats.forEach((code, accountId) -> {
			if (accountId != null && !accountId.isBlank()) {
				team.put(Seat.ofCode(code), UUID.fromString(accountId.strip()));
			}
		});
		return team;
	}

	public Map<String, String> getSeats() {
		return seats;
	}

	public void setSeats(Map<String, String> seats) {
		this.seats = seats;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
