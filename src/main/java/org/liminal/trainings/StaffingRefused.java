package org.liminal.trainings;

import java.util.List;

/** A team that would have someone in two places at once; nothing was saved. */
public class StaffingRefused extends RuntimeException {

	private final transient List<Clash> clashes;

	public StaffingRefused(List<Clash> clashes) {
		super("One person holds two seats at the same time");
		this.clashes = List.copyOf(clashes);
	}

	public List<Clash> clashes() {
		return clashes;
	}

}
