package org.liminal.pathway;

import java.util.List;

import org.liminal.shared.Paged;

/** One page of a kind's current holders, by name; {@code total} is the dashboard's figure for the kind. */
public record HolderPage(List<KindHolder> holders, int page, int size, long total) implements Paged {

	public HolderPage {
		holders = List.copyOf(holders);
	}

}
