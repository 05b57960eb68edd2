package org.liminal.trainings;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How far a training's team is filled, by kind of seat: what readiness and lists need, without the people.
 */
public record Staffing(boolean leadTrainer, boolean coach, int moduleSeats, int moduleSeatsFilled, int roleSeats,
		int roleSeatsFilled) {

	static Staffing of(Collection<Seat> seats, Map<Seat, UUID> team) {
		int modules = 0;
		int modulesFilled = 0;
		int roles = 0;
		int rolesFilled = 0;
		for (Seat seat : seats) {
			boolean filled = team.containsKey(seat);
			if (seat.post() == Post.MODULE) {
				modules++;
				modulesFilled += filled ? 1 : 0;
			}
			else if (seat.post() == Post.DAY_OF_ROLE) {
				roles++;
				rolesFilled += filled ? 1 : 0;
			}
		}
		return new Staffing(team.containsKey(Seat.leadTrainer()), team.containsKey(Seat.coach()), modules,
				modulesFilled, roles, rolesFilled);
	}

	public int seats() {
		return 2 + moduleSeats + roleSeats;
	}

	public int filled() {
		return (leadTrainer ? 1 : 0) + (coach ? 1 : 0) + moduleSeatsFilled + roleSeatsFilled;
	}

	public boolean isComplete() {
		return filled() == seats();
	}

	public boolean modulesStaffed() {
		return moduleSeatsFilled == moduleSeats;
	}

}
