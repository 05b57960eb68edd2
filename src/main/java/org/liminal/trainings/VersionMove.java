package org.liminal.trainings;

import java.util.List;

/**
 * What moving a training to a newer version did to its team.
 *
 * @param unmapped seats of the old version that the new one no longer has, with who held them; those
 *        people were taken off the team
 */
public record VersionMove(int fromNumber, int toNumber, List<StaffedSeat> unmapped) {

	public VersionMove {
		unmapped = List.copyOf(unmapped);
	}

}
